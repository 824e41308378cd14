import logging

log = logging.getLogger(__name__)


def make_aws_client():
    return AwsClient(
        secret_access_key="<%= ENV['API_KEY'] %>",
        timeout=30,
    )
