import logging

log = logging.getLogger(__name__)


def make_marketstack_client():
    return MarketstackClient(
        access_key="69450216a856e4d89c81762afff464dd",
        timeout=30,
    )
