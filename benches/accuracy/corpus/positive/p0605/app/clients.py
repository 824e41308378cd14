import logging

log = logging.getLogger(__name__)


def make_clojars_client():
    return ClojarsClient(
        clojars_username="orders_rw",
        password="CLOJARS_30bfbf7297e618043fd3ea6bcda5b69f6531cb8c4c9e087be63fbbe08162",
        timeout=30,
    )
