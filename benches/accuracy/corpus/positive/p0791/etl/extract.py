import requests


def run():
    resp = requests.get("https://graph.facebook.com/v19.0/me/accounts?access_token=EAAAuoOUBKcKpLT1tdyAaywCw3XgFhM3ZddT4kOGWMFMI3jJoJhsX6eAfKv7RLPCYVQjxEGUUjCp0tVK8g7AOgqjfHVb63FldqNsXBc4kjr6YWkmuppakkcJSeWCD4o568qYw7eVLvVqtEe36JJXjG0sQYBGNr7NVYytVCnmbXUCI4atuPONWk0", timeout=15)
    resp.raise_for_status()
    return resp.json()
