import logging

log = logging.getLogger(__name__)


def make_adobe_client():
    return AdobeClient(
        adobe_client_id="f27d19eedf78ca81cee10e6a39fe942c",
        client_secret="p8e-nV-M6crH2as5gETTxpvf0IbYZz6X3otl",
        timeout=30,
    )
