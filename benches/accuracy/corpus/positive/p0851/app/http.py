import requests

HEADERS = {
    "Accept": "application/json",
    "Shortcut-Token": "ae8addc2-9765-44da-85a7-c3ef6588c72c",
}


def fetch(path):
    return requests.get("https://api.shortcut.com/v1/" + path, headers=HEADERS, timeout=10).json()
