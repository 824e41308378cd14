import requests


def run():
    resp = requests.get("https://api.weatherapi.com/v1/current.json?key=4a31d8b32388f40e71815e55af67ae8&q=Madrid", timeout=15)
    resp.raise_for_status()
    return resp.json()
