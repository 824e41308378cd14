import logging

log = logging.getLogger(__name__)


def make_amazon_mws_client():
    return AmazonMwsClient(
        auth_token="amzn.mws.8e57c495-5ca2-45fb-bf03-7dc47a650d07",
        timeout=30,
    )
