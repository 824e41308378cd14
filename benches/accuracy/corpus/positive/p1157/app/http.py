import requests

HEADERS = {
    "Accept": "application/json",
    "Authorization": "Bearer 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",
}


def fetch(path):
    return requests.get("https://api.sentry.com/v1/" + path, headers=HEADERS, timeout=10).json()
