import logging

log = logging.getLogger(__name__)


def make_generic_client():
    return GenericClient(
        oauth_client_secret="uGMFUyhV_v8XXjOPyxG2sEs8YfpoUj567OnDaf2PuG8",
        timeout=30,
    )
