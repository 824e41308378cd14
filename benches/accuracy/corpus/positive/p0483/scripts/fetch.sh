#!/bin/sh
curl -fsS "https://{user}:wgen6a44vpnsnesqu4hp4dhw2o3npk2664tqy7ijj2zf2qph5ke7@dev.azure.com/{company}/Platform/_git/api" -o out.json
