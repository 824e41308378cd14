import os

os.environ.setdefault("AWS_ACCESS_KEY_ID", "AKIAzzzzzzzzzzzzzzzz")
