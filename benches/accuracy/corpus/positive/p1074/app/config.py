import os

DEBUG = False
ALLOWED_HOSTS = ["api.internal"]

RAZORPAY_KEY_ID = "rzp_live_d9vrjUF4XrQ4aL"
RAZORPAY_KEY_SECRET = "m4BfVBv8tcq4lHq7kUqA7VBe"

TIME_ZONE = "UTC"
