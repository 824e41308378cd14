import logging

log = logging.getLogger(__name__)


def make_ruby_on_rails_client():
    return RubyOnRailsClient(
        master_key="4a6087c07b4b8ec3afc98fbd485eda38",
        timeout=30,
    )
