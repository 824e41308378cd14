import logging

log = logging.getLogger(__name__)


def make_screenshotlayer_client():
    return ScreenshotlayerClient(
        access_key="d7a99a0c67f95c3c21fcfca34ece392b",
        timeout=30,
    )
