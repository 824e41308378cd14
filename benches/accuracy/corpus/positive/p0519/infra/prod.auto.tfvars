region      = "eu-west-1"
environment = "production"
jenkins_user = "ingest"
jenkins_api_token = "11ae985cfebadd3acafb969835a8fc8d58"
