import logging

log = logging.getLogger(__name__)


def make_mapquest_client():
    return MapquestClient(
        api_key="VebfQSFI5tGhTbfN2RQ3FiUozoMvsVQh",
        timeout=30,
    )
