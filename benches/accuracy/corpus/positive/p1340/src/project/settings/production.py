import os

DEBUG = False
ALLOWED_HOSTS = ["api.internal"]

PIXABAY_API_KEY = '38327783-87e3b010bddb6f1a41bfdb4cb'

TIME_ZONE = "UTC"
