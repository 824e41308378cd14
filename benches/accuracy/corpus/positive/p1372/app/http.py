import requests

HEADERS = {
    "Accept": "application/json",
    "X-Api-Key": "3d6da38c88c4fcd64c9bd0f4c2aa71b731ea99caa1c34be2b0061d285c79cc42",
}


def fetch(path):
    return requests.get("https://api.peopledatalabs.com/v1/" + path, headers=HEADERS, timeout=10).json()
