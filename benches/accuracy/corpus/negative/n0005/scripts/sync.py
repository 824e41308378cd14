import logging

log = logging.getLogger(__name__)


def make_generic_client():
    return GenericClient(
        api_key="ABCDEFGHIJKLMNOPQRSTUVWXYZ012345",
        timeout=30,
    )
