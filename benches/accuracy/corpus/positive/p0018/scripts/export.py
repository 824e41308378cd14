import requests

HEADERS = {
    "Accept": "application/json",
    "x-api-key": "sk-ant-admin01-3q559P_BNsPzrYSeA6hWvw8kpIpuTVTDGAn-56bnCQ0ewudwqoCNFt-SRTV0KK1VDtUuq0VMQYnKXA0GzN_FFAqF8eoXMAA",
}


def fetch(path):
    return requests.get("https://api.anthropic.com/v1/" + path, headers=HEADERS, timeout=10).json()
