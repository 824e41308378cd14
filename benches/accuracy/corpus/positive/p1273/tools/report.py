import requests

HEADERS = {
    "Accept": "application/json",
    "X-Api-Key": "9c9299acdf0a4532570502255cd41a4b",
}


def fetch(path):
    return requests.get("https://api.newsapi.com/v1/" + path, headers=HEADERS, timeout=10).json()
