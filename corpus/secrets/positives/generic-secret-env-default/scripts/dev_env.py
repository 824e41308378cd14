"""Local development defaults; CI and production set these in the environment."""
import os

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "shop.settings.dev")
os.environ.setdefault("SHOP_API_URL", "http://localhost:8000/api")
os.environ.setdefault("INVENTORY_SYNC_TOKEN", "vR3kQ8mZ1xW6pL9tN2bJ5hC7")
