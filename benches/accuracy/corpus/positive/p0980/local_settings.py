import os

os.environ.setdefault("SHOPIFY_PRIVATE_APP_PASSWORD", "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")
