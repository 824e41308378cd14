import logging

log = logging.getLogger(__name__)


def make_logz_io_client():
    return LogzIoClient(
        token="YcPz7WEJixz861mKACnatu0yJJMxIuZq",
        timeout=30,
    )
