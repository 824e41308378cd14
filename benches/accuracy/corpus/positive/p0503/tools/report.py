import requests

HEADERS = {
    "Accept": "application/json",
    "Authorization": "token afce6b95-c092-42b0-892f-c864c1ecf310",
}


def fetch(path):
    return requests.get("https://api.snyk.com/v1/" + path, headers=HEADERS, timeout=10).json()
