import requests

HEADERS = {
    "Accept": "application/json",
    "Authorization": "Bearer mlsn.deaf1887128caaf30c3cd38884f963fc1503a5b7b8f6036e135f0decac487d8b",
}


def fetch(path):
    return requests.get("https://api.mailersend.com/v1/" + path, headers=HEADERS, timeout=10).json()
