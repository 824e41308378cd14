import os

os.environ.setdefault("NVIDIA_API_KEY", "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")
