import requests


def run():
    resp = requests.get("https://api.ipstack.com/134.201.250.155?access_key=fc87a873a4042d50d50bb845062112f3", timeout=15)
    resp.raise_for_status()
    return resp.json()
