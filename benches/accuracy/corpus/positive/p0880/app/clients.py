import logging

log = logging.getLogger(__name__)


def make_zendesk_client():
    return ZendeskClient(
        zendesk_email="orders_rw@hooli.io",
        api_token="c6WQy3yYBz9aEBb2cnJuCAodBt7JgX9D2IHQNS7a",
        timeout=30,
    )
