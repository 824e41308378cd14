import os

DEBUG = False
ALLOWED_HOSTS = ["api.internal"]

POLYGON_API_KEY = 'p2bd87Rt9zckp0wt95Vy2eBypzln2YsY'

TIME_ZONE = "UTC"
