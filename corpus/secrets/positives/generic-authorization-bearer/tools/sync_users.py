import requests

HEADERS = {"Authorization": "Bearer 6Nrzut67NXoBKKAfd4zJny1ESMJsWg3c41IOxSrQ8x", "Accept": "application/json"}


def users():
    return requests.get("https://directory.corp.internal/api/users", headers=HEADERS, timeout=10).json()
