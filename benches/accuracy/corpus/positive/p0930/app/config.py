import os

DEBUG = False
ALLOWED_HOSTS = ["api.internal"]

DEVCYCLE_SERVER_SDK_KEY = "dvc_server_243cadbf_ccd3_7b5f_172b_cfda54775d94_fb57757"

TIME_ZONE = "UTC"
