import requests

HEADERS = {
    "Accept": "application/json",
    "Authorization": "Bearer pina_C1M7AVBT1FOWF8LQ4VEXXCVBQ4XHIPB9N1UZGNN3O00H0Q0NDTK9BF57X6UISW65OAS5PXJBW7DB8G6EOSP0684KJ0T0V0LF",
}


def fetch(path):
    return requests.get("https://api.pinterest.com/v1/" + path, headers=HEADERS, timeout=10).json()
