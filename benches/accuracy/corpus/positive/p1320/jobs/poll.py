import requests


def run():
    resp = requests.get("https://geocode.search.hereapi.com/v1/geocode?q=Invalidenstr+117&apiKey=_my_9bPPVeaN8scGYhIGosSwXMsPRf43HOqpz_DKmiZ", timeout=15)
    resp.raise_for_status()
    return resp.json()
