import logging

log = logging.getLogger(__name__)


def make_deno_client():
    return DenoClient(
        deploy_token="ddp_UdTTm6ZEWDrDtpLooLUnpBVylYo5M0wYqpuH",
        timeout=30,
    )
