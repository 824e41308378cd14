import os

os.environ.setdefault("DD_API_KEY", "${env:API_KEY}")
