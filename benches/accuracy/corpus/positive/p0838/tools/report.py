import requests

HEADERS = {
    "Accept": "application/json",
    "Authorization": "Bearer 2/7804497724484933/8332335280463793:086ead22e7b67288e518b112128ea017",
}


def fetch(path):
    return requests.get("https://api.asana.com/v1/" + path, headers=HEADERS, timeout=10).json()
