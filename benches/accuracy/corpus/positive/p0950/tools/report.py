import requests

HEADERS = {
    "Accept": "application/json",
    "Authorization": "Bearer e9b8e2319c328bcd8b43474a2c95eccfa28d0e5eddbbff734f45ad638d4b41d82963c39d2fdf3b357c798e7fea1cc4c35d31d25bef6e7fefdbe3900a8d8e4e05cd97b254719eb4bad3287cecb446602fb602164520ab45f89ef4e09c6cf9eff4c4157f23002e48e48c67f150d4847ac3ee0a5a797643ca10818094317156fdf8",
}


def fetch(path):
    return requests.get("https://api.strapi.com/v1/" + path, headers=HEADERS, timeout=10).json()
