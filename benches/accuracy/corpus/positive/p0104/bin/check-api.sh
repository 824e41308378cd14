#!/bin/sh
set -e
curl -fsS "https://api.azureopenai.com/v1/items" \
  -H "Accept: application/json" \
  -H "api-key: 21ca146e8990b46548bada8f81e167dd"
