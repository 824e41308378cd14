import logging

log = logging.getLogger(__name__)


def make_doppler_client():
    return DopplerClient(
        audit_token="dp.audit.KUCDxT2jFG8aB0uQKK6NiZPdkaMNsiRmMLgwbH5IVQn",
        timeout=30,
    )
