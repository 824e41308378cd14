import logging

log = logging.getLogger(__name__)


def make_langfuse_client():
    return LangfuseClient(
        langfuse_public_key="pk-lf-a22a5393-9083-4654-a56c-5eb6662a1dde",
        secret_key="sk-lf-a49364d6-9884-4a4a-830f-43d2d0a72f3a",
        timeout=30,
    )
