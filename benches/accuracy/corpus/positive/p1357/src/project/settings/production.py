import os

DEBUG = False
ALLOWED_HOSTS = ["api.internal"]

BANNERBEAR_API_KEY = 'bb_pr_73840cfe42857320a2ba1378eeb6ba'

TIME_ZONE = "UTC"
