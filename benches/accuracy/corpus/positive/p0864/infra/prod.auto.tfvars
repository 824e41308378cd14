region      = "eu-west-1"
environment = "production"
dropbox_access_token = "sl.hCx7COzucxSZNoV5ceJfoMEZ4F38AFK0F1gWzl0lmIBRoXhuJFTSwpR_UV4xFt9tQXo0edUyk6OihpxUCm-nHfhe5v2jFL-O93q19vYNqJhCx-ZRdH4pT6-7csmmapGk1H_f7HF"
