import requests

HEADERS = {
    "Accept": "application/json",
    "Authorization": "Bearer mlsn.e87fbff28c4c15c4955c5dd3fd058125fa3e30f9f71dc2dfb79ec03b67f477e2",
}


def fetch(path):
    return requests.get("https://api.mailersend.com/v1/" + path, headers=HEADERS, timeout=10).json()
