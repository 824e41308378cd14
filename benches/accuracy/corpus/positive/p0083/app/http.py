import requests

HEADERS = {
    "Accept": "application/json",
    "Authorization": "Bearer sk-eM53DLWtFkZqD5ylrbeNrKdSyWEf9RzK8g7nm3WcyOPXx89R",
}


def fetch(path):
    return requests.get("https://api.stabilityai.com/v1/" + path, headers=HEADERS, timeout=10).json()
