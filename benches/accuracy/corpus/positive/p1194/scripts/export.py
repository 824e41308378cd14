import requests

HEADERS = {
    "Accept": "application/json",
    "Authorization": "ApiKey T3R5NC1McmpOVGlKWExpRnd0Zjg6dlJ0NUZTLV9OZDRtX1RQd2gxanZUNQ==",
}


def fetch(path):
    return requests.get("https://api.elastic.com/v1/" + path, headers=HEADERS, timeout=10).json()
