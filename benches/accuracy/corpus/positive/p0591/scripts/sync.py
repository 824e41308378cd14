import logging

log = logging.getLogger(__name__)


def make_rubygems_client():
    return RubygemsClient(
        host_api_key="rubygems_3a0c77b1508e94f7b80d9ddb5045e4bda275f3f1e5032013",
        timeout=30,
    )
