import logging

log = logging.getLogger(__name__)


def make_microsoft_entra_id_client():
    return MicrosoftEntraIdClient(
        azure_client_id="db59809d-3bb9-461d-ac94-99c6f2722e8b",
        azure_client_secret="ai66Q~~xvXcCzBWLrXwsEF7vb-KZTbb4X2NxE6q~",
        timeout=30,
    )
