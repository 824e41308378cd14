import logging

log = logging.getLogger(__name__)


def make_npm_client():
    return NpmClient(
        token="$API_KEY",
        timeout=30,
    )
