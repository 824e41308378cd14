import logging

log = logging.getLogger(__name__)


def make_mysql_client():
    return MysqlClient(
        url="mysql://app_user:Harbor8422Tundra_42@prod-db.soylent.io:3306/events",
        timeout=30,
    )
