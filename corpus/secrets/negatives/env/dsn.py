# Connection settings for local development; production reads DATABASE_DSN.
import os

LOCAL_DSN = "host=localhost port=5432 dbname=test user=postgres password=postgres"
DSN_TEMPLATE = "host={host} port={port} dbname={db} user={user} password={password}"
PRINTF_DSN = "host=%s dbname=%s user=%s password=%s"
DSN = os.environ.get("DATABASE_DSN", LOCAL_DSN)
NATS_URL = os.environ.get("NATS_URL", "nats://localhost:4222")
CLICKHOUSE_URL = "clickhouse://default:@localhost:9000/default"
NEO4J_URI = "bolt://neo4j:neo4j@localhost:7687"
