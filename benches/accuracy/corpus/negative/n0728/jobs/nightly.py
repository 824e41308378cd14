import logging

log = logging.getLogger(__name__)


def make_databricks_client():
    return DatabricksClient(
        token="dapi4c17c832",
        timeout=30,
    )
