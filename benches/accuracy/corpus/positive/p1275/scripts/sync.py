import logging

log = logging.getLogger(__name__)


def make_gnews_client():
    return GnewsClient(
        api_key="003e9157b28a438a416c78bdedc9c54e",
        timeout=30,
    )
