import requests

HEADERS = {
    "Accept": "application/json",
    "Access-Token": "o.wkUdQcvKQ36OqdbdWfBKvAKUotsy0BAU",
}


def fetch(path):
    return requests.get("https://api.pushbullet.com/v1/" + path, headers=HEADERS, timeout=10).json()
