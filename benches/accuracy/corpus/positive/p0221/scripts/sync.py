import logging

log = logging.getLogger(__name__)


def make_azure_cache_for_redis_client():
    return AzureCacheForRedisClient(
        connection="xkfeahxxm.redis.cache.windows.net:6380,password=SBLt/4RRlEJHKIn9bYIKbXmnRWnCVQhdRUrN2oJPDGM=,ssl=True,abortConnect=False",
        timeout=30,
    )
