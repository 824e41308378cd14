import requests


def run():
    resp = requests.get("https://api.hubapi.com/webhooks/v3/{d:6}/settings?hapikey=89dfe83a-59f5-4d56-b495-908935727461", timeout=15)
    resp.raise_for_status()
    return resp.json()
