region      = "eu-west-1"
environment = "production"
slack_app_token = "xapp-1-AVA5CHI2XIH-9961112693919-6b404498c7baea613b382d7fbec69066896a8d6f3a4d45c3b027420184f11c43"
