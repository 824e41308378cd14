import os

DEBUG = False
ALLOWED_HOSTS = ["api.internal"]

PG_DSN = "host=pg-primary.umbrella-labs.cloud port=5432 dbname=crm user=etl_reader password=Meadow5886Velvet!31 sslmode=verify-full"

TIME_ZONE = "UTC"
