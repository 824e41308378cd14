import logging

log = logging.getLogger(__name__)


def make_linode_client():
    return LinodeClient(
        token="51e4d544000dc8d70f1af7c63a6d54b8dbf293e0a485fa5f686bcf5abddf4838",
        timeout=30,
    )
