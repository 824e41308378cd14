import os

DEBUG = False
ALLOWED_HOSTS = ["api.internal"]

ENCRYPTION_KEY = 'wocFj4PKQTxcpDXdP+7twflyxPOLUvRr4uTpmFQnpu4='

TIME_ZONE = "UTC"
