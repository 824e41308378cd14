import logging

log = logging.getLogger(__name__)


def make_openai_client():
    return OpenaiClient(
        api_key="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",
        timeout=30,
    )
