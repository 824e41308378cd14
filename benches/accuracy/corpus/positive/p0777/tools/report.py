import requests

HEADERS = {
    "Accept": "application/json",
    "X-ElasticEmail-ApiKey": "57E2DD88E07C0F7EE9080B382C7FB6AC55DB064EF00F0C5CBEDE4F4EC119BABA7C4B19C2E7DA9EE495BA065C8DE4F4F5",
}


def fetch(path):
    return requests.get("https://api.elasticemail.com/v1/" + path, headers=HEADERS, timeout=10).json()
