import requests

HEADERS = {
    "Accept": "application/json",
    "Authorization": "token 9e0e549060d112e30b5cbd7e7d385614b48b8eec652aacb69c4dbc03cf7d677b",
}


def fetch(path):
    return requests.get("https://api.phrase.com/v1/" + path, headers=HEADERS, timeout=10).json()
