region      = "eu-west-1"
environment = "production"
assemblyai_api_key = "da97847d028fce6707855a5cd4ec11fb"
