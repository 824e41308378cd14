import requests

HEADERS = {
    "Accept": "application/json",
    "X-RapidAPI-Key": "21qtglsqsek628t0b8dh3utvxwvyqp7b69ror734ijyidaleh7",
}


def fetch(path):
    return requests.get("https://api.rapidapi.com/v1/" + path, headers=HEADERS, timeout=10).json()
