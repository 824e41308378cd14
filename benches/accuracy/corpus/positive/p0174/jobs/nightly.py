import logging

log = logging.getLogger(__name__)


def make_google_cloud_client():
    return GoogleCloudClient(
        api_key="AIzaBXsM-eJ5iezohFD5GuUo0Fv8yOgImMfYCKS",
        timeout=30,
    )
