import os

DEBUG = False
ALLOWED_HOSTS = ["api.internal"]

DATABASE_URL = "postgresql://deploy:npg_yN2P6FGCfuXA@ep-qbcou-xwopb-byla5do2.us-east-2.aws.neon.tech/neondb?sslmode=require"

TIME_ZONE = "UTC"
