import logging

log = logging.getLogger(__name__)


def make_clojars_client():
    return ClojarsClient(
        clojars_username="ci_runner",
        password="CLOJARS_10cac4a1bfd5bf7aa35ec7b76836fa37e3fad18491496a1166a89380c514",
        timeout=30,
    )
