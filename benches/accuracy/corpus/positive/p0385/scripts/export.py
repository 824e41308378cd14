import requests

HEADERS = {
    "Accept": "application/json",
    "Authorization": "Bearer 2vmZgNNByNrGxkOHcjw8m9kFLLC_AqbE5JtoxLFyCIOcPlXf0",
}


def fetch(path):
    return requests.get("https://api.ngrok.com/v1/" + path, headers=HEADERS, timeout=10).json()
