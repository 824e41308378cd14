import os

DEBUG = False
ALLOWED_HOSTS = ["api.internal"]

RAMP_CLIENT_ID = "ramp_id_q92AUfTHAreTKN2q2nhcgrLfwsk8O3g1I8zA2WiF"
RAMP_CLIENT_SECRET = "ramp_sec_G9FEhX9j69BTBqtaNmhtq1QlAsJeSHy37WXVnZtWuIy1v1oq"

TIME_ZONE = "UTC"
