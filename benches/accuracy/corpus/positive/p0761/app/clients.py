import logging

log = logging.getLogger(__name__)


def make_brevo_client():
    return BrevoClient(
        api_key="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",
        timeout=30,
    )
