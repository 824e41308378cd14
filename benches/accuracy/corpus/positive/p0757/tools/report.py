import requests

HEADERS = {
    "Accept": "application/json",
    "X-Postmark-Server-Token": "3211c525-c5cc-43d9-bd4c-de47eb78778e",
}


def fetch(path):
    return requests.get("https://api.postmark.com/v1/" + path, headers=HEADERS, timeout=10).json()
