import os

DEBUG = False
ALLOWED_HOSTS = ["api.internal"]

NGROK_API_KEY = '2Bnu3QKpoGEivra2pNqkDa7PT8g_OTTWL6a4KuXB5Cxq8uUk7'

TIME_ZONE = "UTC"
