import logging

log = logging.getLogger(__name__)


def make_twilio_client():
    return TwilioClient(
        twilio_api_key="SK1beddb1640fb2cd751a540690462c3a4",
        api_secret="nBnrk1yfg4RpDhH6bgRV5rzJF35OYJyZ",
        timeout=30,
    )
