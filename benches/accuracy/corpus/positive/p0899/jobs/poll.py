import requests


def run():
    resp = requests.get("https://{company}.pipedrive.com/api/v1/deals?api_token=ba0e6a5ccf32f50363ce35568f8e07941fe5431f", timeout=15)
    resp.raise_for_status()
    return resp.json()
