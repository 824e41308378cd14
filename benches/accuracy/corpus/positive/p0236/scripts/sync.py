import logging

log = logging.getLogger(__name__)


def make_ibm_cloud_client():
    return IbmCloudClient(
        api_key="FgOZVE685b8elnnto6WL__R2Kr4zYwQOYRdeQQQtZzZ7",
        timeout=30,
    )
