import logging

log = logging.getLogger(__name__)


def make_databricks_client():
    return DatabricksClient(
        token="dapichangeme",
        timeout=30,
    )
