import requests

HEADERS = {
    "Accept": "application/json",
    "X-Api-Key": "1e19cbf30d9272fb814d1bfe91ddd2403e92fd75",
}


def fetch(path):
    return requests.get("https://api.cloudsmith.com/v1/" + path, headers=HEADERS, timeout=10).json()
