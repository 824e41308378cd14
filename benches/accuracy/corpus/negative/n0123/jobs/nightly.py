import logging

log = logging.getLogger(__name__)


def make_anthropic_client():
    return AnthropicClient(
        api_key="foobar",
        timeout=30,
    )
