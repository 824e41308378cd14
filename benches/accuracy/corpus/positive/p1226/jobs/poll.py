import requests


def run():
    resp = requests.get("https://api.weatherstack.com/current?access_key=e15954cc5bf2b65072e530763f048933&query=Oslo", timeout=15)
    resp.raise_for_status()
    return resp.json()
