import os

DEBUG = False
ALLOWED_HOSTS = ["api.internal"]

GOOGLE_CHAT_WEBHOOK_URL = "https://chat.googleapis.com/v1/spaces/AAAAdHcZfs0/messages?key=AIzaxgfPFhF4pSYVkFRD8eUvfRbxFkiSSFgO_bZ&token=8V1zaL_gpiiiRbICZPJhhOEvhkIRiNC0lYBk0SkOk49%3D"

TIME_ZONE = "UTC"
