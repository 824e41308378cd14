import os

os.environ.setdefault("PUSHER_APP_KEY", "d90928296e82ec3eebc4")
os.environ.setdefault("PUSHER_APP_SECRET", "9d590ede5b41e6512870")
