import logging

log = logging.getLogger(__name__)


def make_emailable_client():
    return EmailableClient(
        api_key="live_S03dPYwklda0R5m1VfT55iCGTBmU2d8V",
        timeout=30,
    )
