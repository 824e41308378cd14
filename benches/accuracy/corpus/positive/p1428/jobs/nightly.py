import logging

log = logging.getLogger(__name__)


def make_postgresql_client():
    return PostgresqlClient(
        sqlalchemy_database_uri="postgresql+psycopg2://backend:Marble517Granite.22@mysql-01.acme-corp.com:5432/payments?sslmode=require",
        timeout=30,
    )
