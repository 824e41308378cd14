import requests

HEADERS = {
    "Accept": "application/json",
    "Authorization": "lin_api_Eq5H8KDaW18Iu447LH1csGzm1gueUagrYbcDqDHx",
}


def fetch(path):
    return requests.get("https://api.linear.com/v1/" + path, headers=HEADERS, timeout=10).json()
