import logging

log = logging.getLogger(__name__)


def make_quicknode_client():
    return QuicknodeClient(
        http_url="https://daxtvx-rnuqk-ocbzhn.quiknode.pro/4de269c5026ee04f36a4a78368a7b3255082b05b/",
        timeout=30,
    )
