import logging

log = logging.getLogger(__name__)


def make_rocket_chat_client():
    return RocketChatClient(
        rocketchat_user_id="S2eZRK3w6WgwILq0t",
        auth_token="35bKdPSnpm3FzUj47imXNBSOLKzfop9MhzWZgWUKXZM",
        timeout=30,
    )
