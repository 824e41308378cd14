import logging

log = logging.getLogger(__name__)


def make_vercel_client():
    return VercelClient(
        token="1bPcuE3ve672AmoPDZ6uZbYA",
        timeout=30,
    )
