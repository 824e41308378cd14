import logging

log = logging.getLogger(__name__)


def make_perplexity_client():
    return PerplexityClient(
        api_key="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",
        timeout=30,
    )
