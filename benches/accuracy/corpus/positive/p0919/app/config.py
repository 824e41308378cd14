import os

DEBUG = False
ALLOWED_HOSTS = ["api.internal"]

LAUNCHDARKLY_SDK_KEY = "sdk-216ad58f-4981-4d69-a2f9-bbb899a200f0"

TIME_ZONE = "UTC"
