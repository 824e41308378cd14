import logging

log = logging.getLogger(__name__)


def make_generic_client():
    return GenericClient(
        db_password="j5Tyfxr*O2q724Mz_Bqt",
        timeout=30,
    )
