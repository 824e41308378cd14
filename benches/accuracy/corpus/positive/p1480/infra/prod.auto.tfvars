region      = "eu-west-1"
environment = "production"
clickhouse_key_id = "IRUWLT2nv8VabbYZRi5F"
clickhouse_key_secret = "4b1dLtOBBLuH563IC8R8eci1ceeuQW72kiiDXM7Cy1"
