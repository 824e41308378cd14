import requests

HEADERS = {
    "Accept": "application/json",
    "X-Shopify-Access-Token": "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",
}


def fetch(path):
    return requests.get("https://api.shopify.com/v1/" + path, headers=HEADERS, timeout=10).json()
