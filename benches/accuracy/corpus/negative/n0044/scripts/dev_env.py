import os

os.environ.setdefault("HF_TOKEN", "hf_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX")
