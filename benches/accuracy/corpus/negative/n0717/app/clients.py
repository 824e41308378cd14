import logging

log = logging.getLogger(__name__)


def make_twilio_client():
    return TwilioClient(
        auth_token="…c6f6",
        timeout=30,
    )
