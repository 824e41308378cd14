import requests


def run():
    resp = requests.get("https://ipinfo.io/8.8.4.4?token=a03a29345a5262", timeout=15)
    resp.raise_for_status()
    return resp.json()
