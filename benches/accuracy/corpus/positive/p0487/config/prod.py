import os

DEBUG = False
ALLOWED_HOSTS = ["api.internal"]

CIRCLE_TOKEN = "CCIPAT_zR47Terlc5t98eqglEMKdn_f4e7c6ae3d9f2b5d0030b5a6696c012c4c6e5e1f"

TIME_ZONE = "UTC"
