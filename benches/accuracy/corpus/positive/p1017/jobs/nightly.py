import logging

log = logging.getLogger(__name__)


def make_daily_client():
    return DailyClient(
        api_key="4c893e4af483399b2e2b8ed04e8c16271b22b74ca8bd548dfa6dd8d68d10f638",
        timeout=30,
    )
