import logging

log = logging.getLogger(__name__)


def make_generic_client():
    return GenericClient(
        service_api_key="6796ccc322ab9fe4b4494faaecb5f979bff03ccc",
        timeout=30,
    )
