import logging

log = logging.getLogger(__name__)


def make_new_relic_client():
    return NewRelicClient(
        license_key="3e5a7f26e5342afde817acad7183292ec35dNRAL",
        timeout=30,
    )
