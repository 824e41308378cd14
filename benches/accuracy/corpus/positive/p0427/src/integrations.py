import logging

log = logging.getLogger(__name__)


def make_github_client():
    return GithubClient(
        token="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",
        timeout=30,
    )
