import logging

LOG_LEVEL = logging.INFO
SMTP_HOST = "smtp.corp.invalid"
SMTP_USER = "notifier"
SMTP_PASSWORD = "QwTj0AYUhAuL+4"
PASSWORD_MIN_LENGTH = 12
