import logging

log = logging.getLogger(__name__)


def make_stripe_client():
    return StripeClient(
        webhook_secret="whsec_5hSCS49kVc1kbTLhDmCp6vdKtSBTebWl",
        timeout=30,
    )
