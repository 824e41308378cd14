import logging

log = logging.getLogger(__name__)


def make_loggly_client():
    return LogglyClient(
        token="ffbf148b-441b-48c8-9a47-9a6c5292ca01",
        timeout=30,
    )
