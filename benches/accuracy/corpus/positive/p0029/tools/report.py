import requests

HEADERS = {
    "Accept": "application/json",
    "Authorization": "Bearer hf_onAeITGNWFAHBzOEdnodbTATH1hd6UdqwK",
}


def fetch(path):
    return requests.get("https://api.huggingface.com/v1/" + path, headers=HEADERS, timeout=10).json()
