import logging

log = logging.getLogger(__name__)


def make_shopify_client():
    return ShopifyClient(
        access_token="shpat_<SECRET>",
        timeout=30,
    )
