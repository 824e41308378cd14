import requests

HEADERS = {
    "Accept": "application/json",
    "xi-api-key": "sk_408a4db43318e2e72c95196a8adf551452df31ea67ad4880",
}


def fetch(path):
    return requests.get("https://api.elevenlabs.com/v1/" + path, headers=HEADERS, timeout=10).json()
