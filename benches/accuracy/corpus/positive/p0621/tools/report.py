import requests

HEADERS = {
    "Accept": "application/json",
    "Authorization": "Bearer cmVmdGtuOjAxOjE3MDM1NDEwMDM6azZSelhWRVRiYVNaM1k5QVBZUzlOY2xaVTA2TjVrNDAx",
}


def fetch(path):
    return requests.get("https://api.jfrog.com/v1/" + path, headers=HEADERS, timeout=10).json()
