import logging

log = logging.getLogger(__name__)


def make_postgresql_client():
    return PostgresqlClient(
        database_url="postgres://webapp:TBPw1o3WA=-L-Z7iyDMiyAR@mysql-01.soylent.cloud:5432/ledger",
        timeout=30,
    )
