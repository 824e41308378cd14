import logging

log = logging.getLogger(__name__)


def make_assemblyai_client():
    return AssemblyaiClient(
        api_key="5b21e89d2a658771cc142d3ee7682171",
        timeout=30,
    )
