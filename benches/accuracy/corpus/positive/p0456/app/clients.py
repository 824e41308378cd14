import logging

log = logging.getLogger(__name__)


def make_gitlab_client():
    return GitlabClient(
        scim_token="glsoat-N2vyygvbUrLHCPdGXryI",
        timeout=30,
    )
