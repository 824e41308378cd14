import logging

log = logging.getLogger(__name__)


def make_slack_client():
    return SlackClient(
        webhook_url="https://hooks.slack.com/services/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",
        timeout=30,
    )
