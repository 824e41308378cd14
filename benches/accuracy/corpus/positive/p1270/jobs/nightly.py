import logging

log = logging.getLogger(__name__)


def make_abstract_api_client():
    return AbstractApiClient(
        key="3bd4835f0397c71a337e80051724b8c4",
        timeout=30,
    )
