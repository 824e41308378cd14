import logging

log = logging.getLogger(__name__)


def make_launchdarkly_client():
    return LaunchdarklyClient(
        sdk_key="sdk-c6acedc6-3823-4983-8a6d-252b0bc887e1",
        timeout=30,
    )
