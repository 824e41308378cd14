import logging

log = logging.getLogger(__name__)


def make_openai_client():
    return OpenaiClient(
        api_key="sk-proj-EXAMPLE",
        timeout=30,
    )
