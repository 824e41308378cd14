import logging

log = logging.getLogger(__name__)


def make_langsmith_client():
    return LangsmithClient(
        langchain_api_key="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",
        timeout=30,
    )
