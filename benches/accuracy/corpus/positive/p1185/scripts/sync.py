import logging

log = logging.getLogger(__name__)


def make_pagerduty_client():
    return PagerdutyClient(
        api_key="u+4A5DIJ0Ae8ckPX4uvY",
        timeout=30,
    )
