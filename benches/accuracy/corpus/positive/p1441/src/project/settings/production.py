import os

DEBUG = False
ALLOWED_HOSTS = ["api.internal"]

MYSQL_PWD = 'Summit6818Sparrow!40'

TIME_ZONE = "UTC"
