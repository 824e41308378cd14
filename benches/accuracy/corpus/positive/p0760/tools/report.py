import requests

HEADERS = {
    "Accept": "application/json",
    "api-key": "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",
}


def fetch(path):
    return requests.get("https://api.brevo.com/v1/" + path, headers=HEADERS, timeout=10).json()
