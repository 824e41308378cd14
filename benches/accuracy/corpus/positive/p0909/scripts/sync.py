import logging

log = logging.getLogger(__name__)


def make_mixpanel_client():
    return MixpanelClient(
        api_secret="24bc5a6c14aebe9f5c795e72aaa3418b",
        timeout=30,
    )
