import logging

log = logging.getLogger(__name__)


def make_infracost_client():
    return InfracostClient(
        api_key="ico-QYUcnOhGplqhSOU6vXCwu06avVjiwufE",
        timeout=30,
    )
