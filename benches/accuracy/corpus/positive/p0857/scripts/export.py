import requests

HEADERS = {
    "Accept": "application/json",
    "X-Api-Key": "EJpTMkVbaX2KdYblsZU4Wzi8y2rlmvb4nl2qQd1vpFtAtnDM",
}


def fetch(path):
    return requests.get("https://api.clockify.com/v1/" + path, headers=HEADERS, timeout=10).json()
