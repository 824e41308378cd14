import os

DEBUG = False
ALLOWED_HOSTS = ["api.internal"]

CIRCLE_TOKEN = "CCIPAT_0uOeVetYYHedpQby4iNW75_4f01b8b9d23611797b5b269fff3ec7fd9b7c25eb"

TIME_ZONE = "UTC"
