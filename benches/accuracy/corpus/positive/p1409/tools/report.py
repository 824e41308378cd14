import requests

HEADERS = {
    "Accept": "application/json",
    "apikey": "7c96cf4f76cfb4371020a608207a1cf0",
}


def fetch(path):
    return requests.get("https://api.rebrandly.com/v1/" + path, headers=HEADERS, timeout=10).json()
