import os

os.environ.setdefault("HEX_API_KEY", "38cf33ba6579c01f5ce37bbcfa581e80")
