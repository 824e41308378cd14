import logging

log = logging.getLogger(__name__)


def make_flickr_client():
    return FlickrClient(
        flickr_api_key="cdb9d20179c238815b3df8f70161aaaf",
        api_secret="f097b4f86eb75be2",
        timeout=30,
    )
