import os

DEBUG = False
ALLOWED_HOSTS = ["api.internal"]

SNOWFLAKE_URL = "snowflake://etl_reader:Ko8w9txp+yT0EbdFon@6xhqjpz-bbudewl/inventory/PUBLIC?warehouse=COMPUTE_WH"

TIME_ZONE = "UTC"
