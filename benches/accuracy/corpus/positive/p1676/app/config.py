import os

DEBUG = False
ALLOWED_HOSTS = ["api.internal"]

JWT_SECRET = 'myyBr5kAED8sBm1nvlDiU0vNF5ImgcOgp6mDmcA1IFWPhtL9'

TIME_ZONE = "UTC"
