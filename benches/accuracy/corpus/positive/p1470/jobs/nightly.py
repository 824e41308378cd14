import logging

log = logging.getLogger(__name__)


def make_jdbc_client():
    return JdbcClient(
        url="jdbc:mysql://mq.cyberdyne.io:3306/app_production?user=jmartin&password=5nd-X=IbTU2Czn8&useSSL=true",
        timeout=30,
    )
