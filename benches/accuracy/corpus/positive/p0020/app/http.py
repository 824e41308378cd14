import requests

HEADERS = {
    "Accept": "application/json",
    "Authorization": "Bearer FFdqvOSZbqIRKWwHfMtOGk7tx5Ai0vWtcIyGLtEP",
}


def fetch(path):
    return requests.get("https://api.cohere.com/v1/" + path, headers=HEADERS, timeout=10).json()
