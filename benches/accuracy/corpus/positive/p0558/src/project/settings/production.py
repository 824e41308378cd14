import os

DEBUG = False
ALLOWED_HOSTS = ["api.internal"]

HAWK_API_KEY = "hawk.RD72XHWlrStFgZuKhZbN.w2TPSNWE2B7ovnlno0o6"

TIME_ZONE = "UTC"
