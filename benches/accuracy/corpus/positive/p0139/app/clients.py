import logging

log = logging.getLogger(__name__)


def make_roboflow_client():
    return RoboflowClient(
        api_key="qz4t7VBZ6ECfFEVuYSoE",
        timeout=30,
    )
