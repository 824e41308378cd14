import logging

log = logging.getLogger(__name__)


def make_generic_client():
    return GenericClient(
        access_token="ZD2Sc9REKJdlpSnKCQRmhhlmw7HMrgb3z5NBucmv",
        timeout=30,
    )
