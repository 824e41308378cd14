import requests

HEADERS = {
    "Accept": "application/json",
    "Authorization": "Bearer dapi24aa466a7a26d20f0be79c86749fbab5",
}


def fetch(path):
    return requests.get("https://api.databricks.com/v1/" + path, headers=HEADERS, timeout=10).json()
