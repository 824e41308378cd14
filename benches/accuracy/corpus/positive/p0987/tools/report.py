import requests

HEADERS = {
    "Accept": "application/json",
    "Authorization": "Bearer fa817827-eb4e-471b-bd8a-a8f7490f970f",
}


def fetch(path):
    return requests.get("https://api.squarespace.com/v1/" + path, headers=HEADERS, timeout=10).json()
