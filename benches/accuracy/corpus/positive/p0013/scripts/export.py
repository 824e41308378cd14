import requests

HEADERS = {
    "Accept": "application/json",
    "x-api-key": "sk-ant-api03-nB5DCz4bbenqFGX0w6k3TSuUVApWjO0xWQ9N16e360bGYgtaiBl2GR1F35l5ADHN0V3IN-SrMhZcYT7tG6EjUJ7R_YQAuAA",
}


def fetch(path):
    return requests.get("https://api.anthropic.com/v1/" + path, headers=HEADERS, timeout=10).json()
