import requests

HEADERS = {
    "Accept": "application/json",
    "Authorization": "token ce0308b458ab8db9e097310d75a32877aa3478ee",
}


def fetch(path):
    return requests.get("https://api.gitea.com/v1/" + path, headers=HEADERS, timeout=10).json()
