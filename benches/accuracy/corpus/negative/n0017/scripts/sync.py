import logging

log = logging.getLogger(__name__)


def make_anthropic_client():
    return AnthropicClient(
        api_key="sk-ant-api03-abcdefghijklmnopqrstuvwxyz0123456789abcdefghijklmnopqrstuvwxyz0123456789abcdefghijklmnopqrstuvw",
        timeout=30,
    )
