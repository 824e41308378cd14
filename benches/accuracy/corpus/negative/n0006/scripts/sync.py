import logging

log = logging.getLogger(__name__)


def make_github_client():
    return GithubClient(
        token="ghp_ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789",
        timeout=30,
    )
