import logging

log = logging.getLogger(__name__)


def make_hubspot_client():
    return HubspotClient(
        access_token="pat-eu1-d162d741-cd08-43be-a9ca-94261370e466",
        timeout=30,
    )
