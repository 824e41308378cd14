import os

DEBUG = False
ALLOWED_HOSTS = ["api.internal"]

AZURE_REDIS_CONNECTION = 'kplakrodt.redis.cache.windows.net:6380,password=1rohWR8QS/kIFClspAcqriy3y4YCTTXHNfr3lzDzyfQ=,ssl=True,abortConnect=False'

TIME_ZONE = "UTC"
