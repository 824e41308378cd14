import logging

log = logging.getLogger(__name__)


def make_ngrok_client():
    return NgrokClient(
        authtoken="2UC12ahNTSdEOJBDMAbdbldgweO_xnHb7DHFMer0okUBpk2ry",
        timeout=30,
    )
