import os

os.environ.setdefault("API_KEY", "abcdefghijklmnopqrstuvwxyz012345")
