import logging

log = logging.getLogger(__name__)


def make_pusher_client():
    return PusherClient(
        pusher_app_key="5c566616d3538f5d783c",
        app_secret="781a7ab983d51db95c7b",
        timeout=30,
    )
