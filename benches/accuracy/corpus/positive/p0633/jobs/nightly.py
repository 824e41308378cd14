import logging

log = logging.getLogger(__name__)


def make_slack_client():
    return SlackClient(
        bot_token="xoxb-834651657658-1237133010977-9NeaM5hgmYNrNsOF53xBJ88M",
        timeout=30,
    )
