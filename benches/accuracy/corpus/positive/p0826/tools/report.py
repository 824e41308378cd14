import requests

HEADERS = {
    "Accept": "application/json",
    "Authorization": "Bearer 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",
}


def fetch(path):
    return requests.get("https://api.notion.com/v1/" + path, headers=HEADERS, timeout=10).json()
