import requests

HEADERS = {
    "Accept": "application/json",
    "Authorization": "Bearer token-p8gdo:dl3dj7m1b945eqnvjvc2fv78zsc497xhiz5ey8wvd1dj4n4ocg3s8k",
}


def fetch(path):
    return requests.get("https://api.rancher.com/v1/" + path, headers=HEADERS, timeout=10).json()
