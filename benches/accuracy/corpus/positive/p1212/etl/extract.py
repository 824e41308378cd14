import requests


def run():
    resp = requests.get("https://api.coinlayer.com/live?access_key=175883dc85ff86b3d7ac5494ef56efad", timeout=15)
    resp.raise_for_status()
    return resp.json()
