import logging

log = logging.getLogger(__name__)


def make_new_relic_client():
    return NewRelicClient(
        license_key="9f8fb77e9a555bcb4dbb523329970cedfdb6NRAL",
        timeout=30,
    )
