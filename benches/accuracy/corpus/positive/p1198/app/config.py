import os

DEBUG = False
ALLOWED_HOSTS = ["api.internal"]

INSTANA_AGENT_KEY = '-jS4chwNN5WtUed8myts7f'

TIME_ZONE = "UTC"
