import logging

log = logging.getLogger(__name__)


def make_mongodb_client():
    return MongodbClient(
        uri="mongodb://ci_runner:wsvOu*iySeRUC1yV5yZaPtOS@data.hooli.dev:27017/app_production?authSource=admin",
        timeout=30,
    )
