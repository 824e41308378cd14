import requests


def run():
    resp = requests.get("https://api.ipstack.com/134.201.250.155?access_key=5a61d44024ee1e166cac973295565c6b", timeout=15)
    resp.raise_for_status()
    return resp.json()
