region      = "eu-west-1"
environment = "production"
eventhub_connection_string = "Endpoint=sb://rpqhayzen.servicebus.windows.net/;SharedAccessKeyName=send;SharedAccessKey=38Ri4Awz0Wmh7vJY4S64Me9nZGXxJVCCHNTrjHuRr7E=;EntityPath=events"
