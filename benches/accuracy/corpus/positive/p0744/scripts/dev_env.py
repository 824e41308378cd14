import os

os.environ.setdefault("SENDGRID_API_KEY", "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")
