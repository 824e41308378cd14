import requests

HEADERS = {
    "Accept": "application/json",
    "Api-Token": "64128cad57cfe7ff1e5592de083a42a9",
}


def fetch(path):
    return requests.get("https://api.mailtrap.com/v1/" + path, headers=HEADERS, timeout=10).json()
