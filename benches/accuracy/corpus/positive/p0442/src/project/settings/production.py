import os

DEBUG = False
ALLOWED_HOSTS = ["api.internal"]

GITLAB_DEPLOY_USER = "gitlab+deploy-token-623962"
GITLAB_DEPLOY_TOKEN = 'gldt-qoASsXy3-KQSnlWqpz-x'

TIME_ZONE = "UTC"
