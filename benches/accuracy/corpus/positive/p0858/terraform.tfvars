region      = "eu-west-1"
environment = "production"
clockify_api_key = "ePe0NIbAlnfdMqASKDFD0Q4InKsar0RkVxKth3criFZSLOOH"
