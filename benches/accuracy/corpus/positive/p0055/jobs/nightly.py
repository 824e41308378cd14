import logging

log = logging.getLogger(__name__)


def make_fireworks_ai_client():
    return FireworksAiClient(
        api_key="fw_P0NIvaXt7Amh6umY2ZPVfIpX",
        timeout=30,
    )
