import os

os.environ.setdefault("HELICONE_API_KEY", "sk-helicone-qvet46s-oavdimj-m42yngr-l5yee37")
