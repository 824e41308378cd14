region      = "eu-west-1"
environment = "production"
ftp_url = "ftp://svc_billing:Summit7626Cobalt+34@mysql-01.umbrella-labs.net/uploads"
