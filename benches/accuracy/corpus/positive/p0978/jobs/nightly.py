import logging

log = logging.getLogger(__name__)


def make_shopify_client():
    return ShopifyClient(
        custom_app_token="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",
        timeout=30,
    )
