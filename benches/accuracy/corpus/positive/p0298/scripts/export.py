import requests

HEADERS = {
    "Accept": "application/json",
    "Fastly-Key": "V381G0YixpHUw6JqQh8Knh2L8DpnByMC",
}


def fetch(path):
    return requests.get("https://api.fastly.com/v1/" + path, headers=HEADERS, timeout=10).json()
