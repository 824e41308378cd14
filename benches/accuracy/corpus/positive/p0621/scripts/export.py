import requests

HEADERS = {
    "Accept": "application/json",
    "Authorization": "Bearer cmVmdGtuOjAxOjE3NDcxNzMzNjQ6cnpSSWdaTjljSGd4YzJaWFBZTXB5UEZIMUdoMXBOSjNN",
}


def fetch(path):
    return requests.get("https://api.jfrog.com/v1/" + path, headers=HEADERS, timeout=10).json()
