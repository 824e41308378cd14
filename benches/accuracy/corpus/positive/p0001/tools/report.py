import requests

HEADERS = {
    "Accept": "application/json",
    "Authorization": "Bearer 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",
}


def fetch(path):
    return requests.get("https://api.openai.com/v1/" + path, headers=HEADERS, timeout=10).json()
