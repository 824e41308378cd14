import logging

log = logging.getLogger(__name__)


def make_runpod_client():
    return RunpodClient(
        api_key="rpa_AFVHY7INXYEIUFRCF71G0HAA95GR6OQPPOCFS2YAEODQ",
        timeout=30,
    )
