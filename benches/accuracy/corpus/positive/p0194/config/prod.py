import os

DEBUG = False
ALLOWED_HOSTS = ["api.internal"]

AZURE_STORAGE_CONNECTION_STRING = "DefaultEndpointsProtocol=https;AccountName=lavctfscpkstore;AccountKey=fLD7WP3ghH8i465PZacpBMS5NRICqyysc2EQ12iX/i0nI/A0v6iuxtFTEqsreX7cNj2UtUQeYYt8I8tgE6opeA==;EndpointSuffix=core.windows.net"

TIME_ZONE = "UTC"
