import requests

HEADERS = {
    "Accept": "application/json",
    "Authorization": "AccessKey YKc95kWnKzzbJTIPxSB0bC4lO",
}


def fetch(path):
    return requests.get("https://api.messagebird.com/v1/" + path, headers=HEADERS, timeout=10).json()
