import logging

log = logging.getLogger(__name__)


def make_datadog_client():
    return DatadogClient(
        dd_api_key="{{ api_key }}",
        timeout=30,
    )
