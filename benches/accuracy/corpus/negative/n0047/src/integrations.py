import logging

log = logging.getLogger(__name__)


def make_slack_client():
    return SlackClient(
        bot_token="xoxb-000000000000-0000000000000-xxxxxxxxxxxxxxxxxxxxxxxx",
        timeout=30,
    )
