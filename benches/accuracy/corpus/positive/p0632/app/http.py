import requests

HEADERS = {
    "Accept": "application/json",
    "Authorization": "Bearer xoxb-925240002091-5570862432805-p234waWx9P7UL7Hw35QXOsiA",
}


def fetch(path):
    return requests.get("https://api.slack.com/v1/" + path, headers=HEADERS, timeout=10).json()
