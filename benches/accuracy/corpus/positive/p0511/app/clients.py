import logging

log = logging.getLogger(__name__)


def make_sonarqube_client():
    return SonarqubeClient(
        token="sqa_694af1cf61d77ef5b39eb773944382cb3affc11f",
        timeout=30,
    )
