import requests


def run():
    resp = requests.get("https://content.guardianapis.com/search?q=climate&api-key=b21f9622-bb8f-49c1-a5de-dee282e002f9", timeout=15)
    resp.raise_for_status()
    return resp.json()
