import requests

HEADERS = {
    "Accept": "application/json",
    "Authorization": "Token token=u+8hbi3doaInbM0ogY2t",
}


def fetch(path):
    return requests.get("https://api.pagerduty.com/v1/" + path, headers=HEADERS, timeout=10).json()
