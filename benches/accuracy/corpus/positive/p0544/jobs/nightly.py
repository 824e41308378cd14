import logging

log = logging.getLogger(__name__)


def make_percy_client():
    return PercyClient(
        token="bf3f9f37f1d9e9649e665b43ac99aaacff30d4af45829a087d9e51f136c70030",
        timeout=30,
    )
