import requests

HEADERS = {
    "Accept": "application/json",
    "Authorization": "Bearer 364f246ace617c7d7dd167e3d8368abafcd6ebeadc03b9986aae23acfc24d5d1",
}


def fetch(path):
    return requests.get("https://api.linode.com/v1/" + path, headers=HEADERS, timeout=10).json()
