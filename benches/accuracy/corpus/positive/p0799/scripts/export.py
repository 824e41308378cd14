import requests

HEADERS = {
    "Accept": "application/json",
    "Authorization": "Bearer AAAAAAAAAAAAAAAAAAAAAA98OXnjEF9WgbkFcoUu2%3DfPthOGqWOmpOWU1jkhyJvNWDxnyfmIATqQbSW9zp6qdOHGTpbd",
}


def fetch(path):
    return requests.get("https://api.x.com/v1/" + path, headers=HEADERS, timeout=10).json()
