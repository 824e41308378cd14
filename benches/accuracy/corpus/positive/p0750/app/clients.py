import logging

log = logging.getLogger(__name__)


def make_mailgun_client():
    return MailgunClient(
        api_key="key-e1f53cbb3e0ff5adad0a7aa794d39f6d",
        timeout=30,
    )
