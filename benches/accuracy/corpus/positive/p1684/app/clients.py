import logging

log = logging.getLogger(__name__)


def make_generic_client():
    return GenericClient(
        jwt_secret="DxFDJfxg3QtNBfc4dNerthxOVBmdmDFj3DjxY2mBKBmdvKkv",
        timeout=30,
    )
