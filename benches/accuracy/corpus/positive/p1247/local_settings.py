import os

os.environ.setdefault("FIXER_ACCESS_KEY", "3eae1e83cb6454c60b0080d4d7baff0a")
