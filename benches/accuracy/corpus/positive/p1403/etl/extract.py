import requests


def run():
    resp = requests.get("https://openexchangerates.org/api/latest.json?app_id=3edc271b5ea2ae2414e0fa9f32bb3454", timeout=15)
    resp.raise_for_status()
    return resp.json()
