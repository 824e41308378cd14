import logging

log = logging.getLogger(__name__)


def make_hugging_face_client():
    return HuggingFaceClient(
        hf_token="hf_…pbsB",
        timeout=30,
    )
