import requests

HEADERS = {
    "Accept": "application/json",
    "X-Postmark-Server-Token": "0cb17857-b568-4694-ba06-f9da98312cea",
}


def fetch(path):
    return requests.get("https://api.postmark.com/v1/" + path, headers=HEADERS, timeout=10).json()
