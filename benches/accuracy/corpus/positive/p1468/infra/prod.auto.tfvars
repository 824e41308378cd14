region      = "eu-west-1"
environment = "production"
spring_datasource_url = "jdbc:postgresql://store.cyberdyne.net:5432/inventory?user=jmartin&password=XfwCInCxvFldh2A1Er*ZNk-"
