import logging

log = logging.getLogger(__name__)


def make_vagrant_cloud_client():
    return VagrantCloudClient(
        token="NRLJ58slDetjP2.atlasv1.NjebGx41BZXFJlI0bThB3CgJ7ftbcKdx9pApDh63U1SirRpxBymYSXsc5UWNfI1lgUq",
        timeout=30,
    )
