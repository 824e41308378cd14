import os

os.environ.setdefault("STRIPE_SECRET_KEY", "sk_live_@api.key@")
