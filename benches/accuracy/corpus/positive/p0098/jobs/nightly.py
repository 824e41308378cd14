import logging

log = logging.getLogger(__name__)


def make_nvidia_client():
    return NvidiaClient(
        api_key="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",
        timeout=30,
    )
