import os

DEBUG = False
ALLOWED_HOSTS = ["api.internal"]

MAPBOX_SECRET_TOKEN = "sk.eyJ1Ijoid29ua2EiLCJhIjoiZndxMzZ0YjF5aWZ0aXZqMmt5dHNkb3AyOSJ9.OWhso6D-UBRHoiyN5PuWTB"

TIME_ZONE = "UTC"
