import os

DEBUG = False
ALLOWED_HOSTS = ["api.internal"]

FAL_KEY = '760b91a9-8dc5-4a07-8128-9d8f5b4a93fc:473c6cb663c363a84d578a1f596d2796'

TIME_ZONE = "UTC"
