import requests

HEADERS = {
    "Accept": "application/json",
    "Authorization": "Api-Key mrYJzwYb.d7Ny6KrrG0ZnQxFsj2R5g1UAWoHvUtwD",
}


def fetch(path):
    return requests.get("https://api.baseten.com/v1/" + path, headers=HEADERS, timeout=10).json()
