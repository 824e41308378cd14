import os

DEBUG = False
ALLOWED_HOSTS = ["api.internal"]

XENDIT_SECRET_KEY = "xnd_production_U3iZft-ACWQt2qAJNs_QErxiw18dxU6_fl-LKislr08IFvP1p3WdEbw6kehv"

TIME_ZONE = "UTC"
