import requests

HEADERS = {
    "Accept": "application/json",
    "Authorization": "Bearer SdbnXwjP1g3muJAukBK1pXZ9RXkmClIA50tWg5Cigy030JgSI7eGMawcNEEgoYIp",
}


def fetch(path):
    return requests.get("https://api.hetznercloud.com/v1/" + path, headers=HEADERS, timeout=10).json()
