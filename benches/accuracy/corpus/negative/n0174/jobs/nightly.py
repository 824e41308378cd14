import logging

log = logging.getLogger(__name__)


def make_generic_client():
    return GenericClient(
        api_key="%(api_key)s",
        timeout=30,
    )
