import os

DEBUG = False
ALLOWED_HOSTS = ["api.internal"]

COMMUNICATION_SERVICES_CONNECTION_STRING = "endpoint=https://bhibwfiga.communication.azure.com/;accesskey=3q2764hTz33PRfWfq5VKn9eIU89K+8yZNCtHhoCaMlU0xPrJDi8Kuz2ZNqThfYpmRxmxcPOwHijPp9qeZSTbrA=="

TIME_ZONE = "UTC"
