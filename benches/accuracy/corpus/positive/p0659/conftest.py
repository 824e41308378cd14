import os

os.environ.setdefault("SLACK_SIGNING_SECRET", "e6ef4f36cfe17d65c0f3d5468f04295a")
