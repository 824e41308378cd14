import logging

log = logging.getLogger(__name__)


def make_github_client():
    return GithubClient(
        token="<YOUR_API_KEY>",
        timeout=30,
    )
