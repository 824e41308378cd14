import logging

log = logging.getLogger(__name__)


def make_github_client():
    return GithubClient(
        token="ghs_48CF3xpUnqX7qJdTVWa2M5O88SBMqHRFCwwi",
        timeout=30,
    )
