import requests

HEADERS = {
    "Accept": "application/json",
    "Authorization": "Bearer lip_QJ3ViNhpj6pvo3x4tDNy",
}


def fetch(path):
    return requests.get("https://api.lichess.com/v1/" + path, headers=HEADERS, timeout=10).json()
