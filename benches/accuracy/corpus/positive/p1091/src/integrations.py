import logging

log = logging.getLogger(__name__)


def make_xendit_client():
    return XenditClient(
        secret_key="xnd_production_1U0d_MQVL_h7V6p1L5Y9UcqWS19QUjcrxECsuch1khQ3wadxtssBjjWAi0zO",
        timeout=30,
    )
