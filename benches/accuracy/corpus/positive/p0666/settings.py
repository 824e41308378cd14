import os

DEBUG = False
ALLOWED_HOSTS = ["api.internal"]

DISCORD_WEBHOOK_URL = "https://discord.com/api/webhooks/6500068062158653806/X0qFvhcMrLPYAfyhpZAz7xAO1Vt7BIH0EjqviAz4Y-cWnh2vgIPOYDf9jmsduNPjxAO2"

TIME_ZONE = "UTC"
