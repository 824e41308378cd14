import os

API_KEY = os.environ["API_KEY"]
DEBUG = False
