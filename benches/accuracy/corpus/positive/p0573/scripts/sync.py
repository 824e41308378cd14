import logging

log = logging.getLogger(__name__)


def make_expo_client():
    return ExpoClient(
        token="rrxnx9evHKauslFQfQWVIoGQC4u2y68k4Lxc2OqO",
        timeout=30,
    )
