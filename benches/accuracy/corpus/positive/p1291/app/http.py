import requests

HEADERS = {
    "Accept": "application/json",
    "Authorization": "Token d4988d7e409f95f0744164c0880309de197eda4b",
}


def fetch(path):
    return requests.get("https://api.tiingo.com/v1/" + path, headers=HEADERS, timeout=10).json()
