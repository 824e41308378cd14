import logging

log = logging.getLogger(__name__)


def make_generic_client():
    return GenericClient(
        api_key="****************************seZ1",
        timeout=30,
    )
