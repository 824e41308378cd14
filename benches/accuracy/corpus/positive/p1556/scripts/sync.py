import logging

log = logging.getLogger(__name__)


def make_url_credentials_client():
    return UrlCredentialsClient(
        api_base_url="https://app_user:6RJuoDWXdTYb=IM49e3=cv@api.cyberdyne.io/v2",
        timeout=30,
    )
