import logging

log = logging.getLogger(__name__)


def make_databricks_client():
    return DatabricksClient(
        token="dapi1c8d6965fbc9c58ad277a86a969e2d7e",
        timeout=30,
    )
