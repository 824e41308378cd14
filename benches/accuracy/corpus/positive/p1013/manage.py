import os

os.environ.setdefault("VIMEO_ACCESS_TOKEN", "ae48e7a3820389fa9f11342237df72f3")
