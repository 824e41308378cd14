import logging

log = logging.getLogger(__name__)


def make_scalingo_client():
    return ScalingoClient(
        api_token="tk-us-faCWYx72OAdVrDwlxH3y60RPNVzvFq-vawPFRWR3flqo8uaQ",
        timeout=30,
    )
