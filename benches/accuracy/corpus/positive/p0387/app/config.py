import os

DEBUG = False
ALLOWED_HOSTS = ["api.internal"]

SWARM_JOIN_TOKEN = 'SWMTKN-1-9xcte7xiviiglxa958s3iv4ei4isoe82ngk6uxgxrawmgcxmj8-lx6jtjaob5sn8h1y0jy7odxpj'

TIME_ZONE = "UTC"
