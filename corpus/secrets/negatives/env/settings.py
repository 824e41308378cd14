import os

SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
DATABASE_PASSWORD = os.environ.get("DATABASE_PASSWORD", "")
API_TOKEN = os.getenv("API_TOKEN")
STRIPE_KEY = settings.STRIPE_SECRET_KEY
password = getpass.getpass("Password: ")
