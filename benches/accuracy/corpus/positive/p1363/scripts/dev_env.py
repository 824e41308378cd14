import os

os.environ.setdefault("ZEROBOUNCE_API_KEY", "f03f1e62e618a0eed02eb7fcb35a9a92")
