import logging

log = logging.getLogger(__name__)


def make_generic_client():
    return GenericClient(
        internal_api_key="8j7BnHBxVseNd9712Q7bAQ3mzSFU02Hk",
        timeout=30,
    )
