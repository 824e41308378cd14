import logging

log = logging.getLogger(__name__)


def make_plivo_client():
    return PlivoClient(
        plivo_auth_id="MAOX76KE075LVAM3X5U3",
        auth_token="0reGsXdzYdLRHjNmKxDymOpzxX1U5aR0N2lGg4q9",
        timeout=30,
    )
