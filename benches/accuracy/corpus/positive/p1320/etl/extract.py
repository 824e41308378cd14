import requests


def run():
    resp = requests.get("https://geocode.search.hereapi.com/v1/geocode?q=Invalidenstr+117&apiKey=74YQLHiFlCEPVbedAolRFaJUkt4XeJM5UKiUsJEQVzy", timeout=15)
    resp.raise_for_status()
    return resp.json()
