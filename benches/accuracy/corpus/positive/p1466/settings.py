import os

DEBUG = False
ALLOWED_HOSTS = ["api.internal"]

ODBC_CONNECTION_STRING = "Driver={ODBC Driver 18 for SQL Server};Server=data.tyrell.dev;Database=ledger;Uid=app_user;Pwd=3DtxItiOzcHwv^-1;Encrypt=yes;"

TIME_ZONE = "UTC"
