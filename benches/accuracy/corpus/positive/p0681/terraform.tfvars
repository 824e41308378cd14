region      = "eu-west-1"
environment = "production"
google_chat_webhook_url = "https://chat.googleapis.com/v1/spaces/AAAA8DNJsFD/messages?key=AIzacPuIsvq0-fwlm10MYxlklES1CsO4doOCunQ&token=KSLNJaPX4uVE7g5QW6UK914xk1ksUqXyROV3RMQF2_B%3D"
