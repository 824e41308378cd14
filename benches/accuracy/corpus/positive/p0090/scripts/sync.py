import logging

log = logging.getLogger(__name__)


def make_cerebras_client():
    return CerebrasClient(
        api_key="csk-g5eumol8kcj0waqolt7ksolmjg6hntsxmcxhs61b4vl3n870",
        timeout=30,
    )
