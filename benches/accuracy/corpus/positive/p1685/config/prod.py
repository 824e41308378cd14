import os

DEBUG = False
ALLOWED_HOSTS = ["api.internal"]

JWT_SECRET = 'gBs8mCQBt4wj1v8bGZt6TwlA5Vt0SYoJTHYvWnVHuzfsDZMJ'

TIME_ZONE = "UTC"
