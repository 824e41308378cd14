import logging

log = logging.getLogger(__name__)


def make_cloudflare_r2_client():
    return CloudflareR2Client(
        r2_access_key_id="a578cbf33146837481b2df0f605a7692",
        secret_access_key="9dc4faa5016c78c2d9b883f86cc6998c3f271686df6674c7b20d12c8304f9ef0",
        timeout=30,
    )
