import requests


def run():
    resp = requests.get("https://api:5f64579a6e73d744b345194b15c8d2fa-b3bd4783-d725606f@api.mailgun.net/v3/mg.{company}.io/messages", timeout=15)
    resp.raise_for_status()
    return resp.json()
