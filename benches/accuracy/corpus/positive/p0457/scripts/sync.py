import logging

log = logging.getLogger(__name__)


def make_gitlab_client():
    return GitlabClient(
        unleash_instance_id="glffct-fshYq3usaRGiKRKY0tmF",
        timeout=30,
    )
