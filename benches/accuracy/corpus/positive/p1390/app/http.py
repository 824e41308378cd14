import requests

HEADERS = {
    "Accept": "application/json",
    "x-apikey": "fdd7f854ee2c83b22b3762a864a5adcfd0de8f715b30a7a2528bc90e4d32c7a2",
}


def fetch(path):
    return requests.get("https://api.virustotal.com/v1/" + path, headers=HEADERS, timeout=10).json()
