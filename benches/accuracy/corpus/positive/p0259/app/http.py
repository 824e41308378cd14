import requests

HEADERS = {
    "Accept": "application/json",
    "X-Auth-Token": "ffe8a77f-6ae1-4b07-8001-621e38a35ab5",
}


def fetch(path):
    return requests.get("https://api.scaleway.com/v1/" + path, headers=HEADERS, timeout=10).json()
