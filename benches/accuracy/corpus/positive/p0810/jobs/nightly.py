import logging

log = logging.getLogger(__name__)


def make_reddit_client():
    return RedditClient(
        reddit_client_id="nfodr-Iy8ZxKnG5lyKl0VN",
        client_secret="mOD68Vj8bX-hW0MgO8KWJoFY6THOvj",
        timeout=30,
    )
