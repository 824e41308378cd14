import logging

log = logging.getLogger(__name__)


def make_aws_client():
    return AwsClient(
        access_key_id="AKIAzzzzzzzzzzzzzzzz",
        timeout=30,
    )
