import requests

HEADERS = {
    "Accept": "application/json",
    "Authorization": "AccessKey e4Awj4s80iriWnKAxJgbKNfAu",
}


def fetch(path):
    return requests.get("https://api.messagebird.com/v1/" + path, headers=HEADERS, timeout=10).json()
