import os

os.environ.setdefault("DRONE_TOKEN", "cZkJI25PVhSVbmFIHGli9SLnl5v4bxY3")
