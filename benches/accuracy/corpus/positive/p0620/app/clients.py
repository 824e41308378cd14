import logging

log = logging.getLogger(__name__)


def make_jfrog_client():
    return JfrogClient(
        artifactory_api_key="AKCp26pOE7xpilCDmikSFkUn0HAvFDeNMyGRTgQ3Ma9WeXY1I60KML8OIUYPiAMItMA1anUkG",
        timeout=30,
    )
