import logging

log = logging.getLogger(__name__)


def make_postgresql_client():
    return PostgresqlClient(
        pgpassword="Copper915Marble!69",
        timeout=30,
    )
