import os

DATABRICKS_TOKEN = os.environ["DATABRICKS_TOKEN"]
DEBUG = False
