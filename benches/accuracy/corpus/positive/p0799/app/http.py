import requests

HEADERS = {
    "Accept": "application/json",
    "Authorization": "Bearer AAAAAAAAAAAAAAAAAAAAAAXZXTJSt8BhdPuPv8w6F%3D3z2sBDpfz1cN3OUEmv0tlnhYx9P0SQze6zAM6pJzdV03y9PtUh",
}


def fetch(path):
    return requests.get("https://api.x.com/v1/" + path, headers=HEADERS, timeout=10).json()
