import logging

log = logging.getLogger(__name__)


def make_ipdata_client():
    return IpdataClient(
        api_key="73469616184523f9b03fd0b0206e8b0824289a34425c6821910d2818",
        timeout=30,
    )
