import logging

log = logging.getLogger(__name__)


def make_wolfram_alpha_client():
    return WolframAlphaClient(
        app_id="S1T0MO-Y7NT6FAI90",
        timeout=30,
    )
