import logging

log = logging.getLogger(__name__)


def make_microsoft_sql_server_client():
    return MicrosoftSqlServerClient(
        connectionstrings_default="Server=tcp:db.cyberdyne.cloud,1433;Initial Catalog=catalog;User ID=jmartin;Password=L*u3+woPJ6OQ1Hn_hLY4A9CEs;Encrypt=True;TrustServerCertificate=False;",
        timeout=30,
    )
