import requests

HEADERS = {
    "Accept": "application/json",
    "X-ElasticEmail-ApiKey": "0446ED882DC84E4A324CDA8383374F323A60DD54DFFD99434BBBAD34BBBFF20A322F6D83C5C18D32DE1C8AE6392B44DE",
}


def fetch(path):
    return requests.get("https://api.elasticemail.com/v1/" + path, headers=HEADERS, timeout=10).json()
