import os

os.environ.setdefault("GOCARDLESS_ACCESS_TOKEN", "live_73AITHSqgWioMJa4wlp1RAlQjkk8oz8KV0Pi-Nfp")
