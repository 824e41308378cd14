import logging

log = logging.getLogger(__name__)


def make_azure_client():
    return AzureClient(
        signalr_connection_string="Endpoint=https://fhzkimjps.service.signalr.net;AccessKey=8DOn+xeLq36XIFtQiEkpD4LWCP2zq4V7Mb1/sHPXg9k=;Version=1.0;",
        timeout=30,
    )
