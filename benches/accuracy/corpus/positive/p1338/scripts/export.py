import requests

HEADERS = {
    "Accept": "application/json",
    "Authorization": "fX2NTpgUfzyEc2jpfdAl7czdEgyPWt34RAdcgnYC2HoJOvtNKQJ1WAWy",
}


def fetch(path):
    return requests.get("https://api.pexels.com/v1/" + path, headers=HEADERS, timeout=10).json()
