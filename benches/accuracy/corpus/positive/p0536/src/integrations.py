import logging

log = logging.getLogger(__name__)


def make_coveralls_client():
    return CoverallsClient(
        repo_token="nyziPKAiFeCYpKDybFPYeriCvaqdr4Wx",
        timeout=30,
    )
