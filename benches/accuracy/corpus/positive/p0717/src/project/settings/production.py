import os

DEBUG = False
ALLOWED_HOSTS = ["api.internal"]

PUBNUB_PUBLISH_KEY = "pub-c-208579a7-ed88-4a2e-9103-9d2bf513eaaa"
PUBNUB_SECRET_KEY = 'sec-c-v_tKl6iYX-LKRzCsFl1rMZgIBHgEGJA7xS1qO3ciYq6nXkAm'

TIME_ZONE = "UTC"
