import os

DD_API_KEY = os.environ["DD_API_KEY"]
DEBUG = False
