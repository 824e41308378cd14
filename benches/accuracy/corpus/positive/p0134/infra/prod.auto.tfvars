region      = "eu-west-1"
environment = "production"
runwayml_api_secret = "key_e240994110747c5cfdba74998d54087ff3de2e15b0b57f987b5dad0e38579a0e2086469a14aed2b66dc325ac0e45b8c037fda31aa85690152299021566a26350"
