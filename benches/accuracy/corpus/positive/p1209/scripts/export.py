import requests

HEADERS = {
    "Accept": "application/json",
    "Authorization": "Bearer hkjSao7kZLpMqeNcYxJe",
}


def fetch(path):
    return requests.get("https://api.statuscake.com/v1/" + path, headers=HEADERS, timeout=10).json()
