import logging

log = logging.getLogger(__name__)


def make_covalent_client():
    return CovalentClient(
        api_key="ckey_6976a2d3a8cc678c15074a12b2b",
        timeout=30,
    )
