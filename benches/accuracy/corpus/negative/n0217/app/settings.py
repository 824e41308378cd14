import os

ANTHROPIC_API_KEY = os.environ["ANTHROPIC_API_KEY"]
DEBUG = False
