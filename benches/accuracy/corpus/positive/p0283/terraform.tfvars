region      = "eu-west-1"
environment = "production"
cloudflare_origin_ca_key = "v1.0-3a8f407bd6597c35bd6df7af-c3a667951a79828990d1408726686e1fd4ba323efbc5eb57a36ba715e9bb6228ca374d8166c37239f5f18885dbd054fdab95be1f0f95deef89d205aaebcf526780e4b9c3fd6c71acb2"
