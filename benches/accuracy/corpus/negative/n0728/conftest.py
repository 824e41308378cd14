import os

os.environ.setdefault("SHOPIFY_ACCESS_TOKEN", "shpat_****************************f9dd")
