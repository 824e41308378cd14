import os

DEBUG = False
ALLOWED_HOSTS = ["api.internal"]

CHARGEBEE_SITE = "wayne-ent"
CHARGEBEE_API_KEY = 'live_HEhea5c5J28dAbqsV68bkHr7VkVnR151'

TIME_ZONE = "UTC"
