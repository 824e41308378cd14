import requests


def run():
    resp = requests.get("https://maps.googleapis.com/maps/api/geocode/json?address=Lyon&key=AIzaZGjDVcL_CBEPGlQhcCeuaZwdW92LhJ0LM3y", timeout=15)
    resp.raise_for_status()
    return resp.json()
