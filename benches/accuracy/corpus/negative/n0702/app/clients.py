import logging

log = logging.getLogger(__name__)


def make_stripe_client():
    return StripeClient(
        secret_key="••••••••••••",
        timeout=30,
    )
