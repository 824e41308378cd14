import os

DEBUG = False
ALLOWED_HOSTS = ["api.internal"]

AZURE_APPCONFIG_CONNECTION_STRING = 'Endpoint=https://qrgfkitey.azconfig.io;Id=DNst-l0-s0:JOpYT4z137tWd5ZCg96W;Secret=GwNZIbt5GIwpMq7ccaTLrrTX1GsoVvYVFTH8FT1lO6Y='

TIME_ZONE = "UTC"
