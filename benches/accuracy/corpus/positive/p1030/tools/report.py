import requests

HEADERS = {
    "Accept": "application/json",
    "Authorization": "Bearer fio-u-9OkRqF-MieKeEcpwSe0TgqfWh531RLBu3488yOTEPkpwDzutIsU5qFAitvHorMCV",
}


def fetch(path):
    return requests.get("https://api.frameio.com/v1/" + path, headers=HEADERS, timeout=10).json()
