import logging

log = logging.getLogger(__name__)


def make_netlify_client():
    return NetlifyClient(
        auth_token="nfp_v1pa9EhQIc7GWjaYYAJ5E4j5wOyOIv7Wsze8",
        timeout=30,
    )
