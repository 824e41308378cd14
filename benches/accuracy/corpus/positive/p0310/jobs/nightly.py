import logging

log = logging.getLogger(__name__)


def make_render_client():
    return RenderClient(
        api_key="rnd_FMRSNAYtImcrVhgbFsnM97YysBgm6HH5",
        timeout=30,
    )
