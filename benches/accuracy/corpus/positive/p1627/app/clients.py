import logging

log = logging.getLogger(__name__)


def make_generic_client():
    return GenericClient(
        db_password="Velvet855Orbit!91",
        timeout=30,
    )
