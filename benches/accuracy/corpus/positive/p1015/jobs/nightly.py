import logging

log = logging.getLogger(__name__)


def make_wistia_client():
    return WistiaClient(
        api_token="d0a5bdbcb8020ac509db61216bdea2cf3f0fa0a8e97c22e482ec026ece3298ed",
        timeout=30,
    )
