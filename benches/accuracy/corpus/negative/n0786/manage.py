import os

os.environ.setdefault("MONGODB_URI", "redis://redis:6379/0")
