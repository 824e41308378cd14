region      = "eu-west-1"
environment = "production"
swarm_join_token = "SWMTKN-1-mvhzmt74u34mqh5ghpneznv7vhczlp48d7rljbhebizoojqu6e-c64vo8zx9e6pwj28vkifjhsb9"
