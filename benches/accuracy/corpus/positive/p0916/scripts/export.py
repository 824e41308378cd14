import requests

HEADERS = {
    "Accept": "application/json",
    "Authorization": "Basic na1.eAOjYUcbViRbxaG7VzSPCB0Ko7rYqq3o-6ZJp3pFrvOFFHklQxUW5I7SXYbTMY42_NgFnndj-ooGpdzTdV-P5tXMFhlRws4hMu",
}


def fetch(path):
    return requests.get("https://api.fullstory.com/v1/" + path, headers=HEADERS, timeout=10).json()
