region      = "eu-west-1"
environment = "production"
encryption_key = "2wshDacnmupVVAmzN4StIpOnIDqDwgj8Pmp/0XnoOxc="
