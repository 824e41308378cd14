import psycopg2

DSN = "host=warehouse.corp.internal port=5432 dbname=analytics user=etl_loader password=u69SvOLOR4cOew sslmode=verify-full"


def connect():
    return psycopg2.connect(DSN)
