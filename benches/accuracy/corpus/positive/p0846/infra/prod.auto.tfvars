region      = "eu-west-1"
environment = "production"
trello_api_key = "671928415a572e972e6f2fb89445d4fc"
trello_token = "ATTA41c566ea1bea74787f7473ec8b8bf2aaec331f08689ee5bffb952a7473e500d8CCA704DC"
