import os

DEBUG = False
ALLOWED_HOSTS = ["api.internal"]

CODA_API_TOKEN = "4982a483-52cb-4085-a477-4efb1a7a032a"

TIME_ZONE = "UTC"
