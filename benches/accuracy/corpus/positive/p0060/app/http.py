import requests

HEADERS = {
    "Accept": "application/json",
    "Authorization": "701810cda6d63ff871abded0806c4507",
}


def fetch(path):
    return requests.get("https://api.assemblyai.com/v1/" + path, headers=HEADERS, timeout=10).json()
