import os

DEBUG = False
ALLOWED_HOSTS = ["api.internal"]

PADDLE_API_KEY = 'pdl_live_apikey_013teni32gzpqr5ucvllgvax99_QBSfWJii-8H7WT0ymxwSPdV0jOi_VGY'

TIME_ZONE = "UTC"
