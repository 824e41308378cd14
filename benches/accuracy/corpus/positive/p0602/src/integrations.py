import logging

log = logging.getLogger(__name__)


def make_docker_hub_client():
    return DockerHubClient(
        org_token="dckr_oat_voXHOHrlGxlgF7Sx4cZIr6jf9Mjgehqz",
        timeout=30,
    )
