import logging

log = logging.getLogger(__name__)


def make_postmark_client():
    return PostmarkClient(
        server_token="72fee4d0-d24c-499e-b754-3f7700d330c5",
        timeout=30,
    )
