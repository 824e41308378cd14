import logging

log = logging.getLogger(__name__)


def make_voyage_ai_client():
    return VoyageAiClient(
        api_key="pa-ZJRUN--YOaf1YJCnsQD4AXnyRPb7v2ZNIDFhgrGnToQ",
        timeout=30,
    )
