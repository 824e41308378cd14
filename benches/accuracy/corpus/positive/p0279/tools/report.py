import requests

HEADERS = {
    "Accept": "application/json",
    "X-Auth-Key": "025ba519b54cf09be5e52905cf456d67e6fc5",
}


def fetch(path):
    return requests.get("https://api.cloudflare.com/v1/" + path, headers=HEADERS, timeout=10).json()
