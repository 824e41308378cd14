import os

DEBUG = False
ALLOWED_HOSTS = ["api.internal"]

SPRING_DATASOURCE_PASSWORD = "Quartz2093Meadow_27"

TIME_ZONE = "UTC"
