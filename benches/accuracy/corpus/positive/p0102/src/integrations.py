import logging

log = logging.getLogger(__name__)


def make_ai21_labs_client():
    return Ai21LabsClient(
        api_key="nVld0dXEasXtoo9Tqdq6jU1DEWNSfEde",
        timeout=30,
    )
