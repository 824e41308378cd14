#!/bin/sh
set -e
curl -fsS "https://api.segment.com/v1/me" \
  -H "Accept: application/json" \
  -H "Authorization: Bearer sgp_4jpdDz0hZFICJRJjxFoHLLvkGtPKw9QmsH5KtEA7Q9gKUFsm4bmZgnPXRJ3N7Nqh"
