import requests

HEADERS = {
    "Accept": "application/json",
    "Authorization": "Bearer jina_xTdLZsuezduHAmyRbIdxnTVhcKjxjQVDidT9evPpubYh3pvvAQXex40bor6a",
}


def fetch(path):
    return requests.get("https://api.jinaai.com/v1/" + path, headers=HEADERS, timeout=10).json()
