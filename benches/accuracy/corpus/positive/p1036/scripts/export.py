import requests

HEADERS = {
    "Accept": "application/json",
    "Authorization": "Bearer 01e36cd06fd846ff13a2053f7e2dd900676814c6",
}


def fetch(path):
    return requests.get("https://api.particle.com/v1/" + path, headers=HEADERS, timeout=10).json()
