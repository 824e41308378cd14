#!/bin/sh
set -e
curl -fsS "https://api.infobip.com/v1/status" \
  -H "Accept: application/json" \
  -H "Authorization: App 5a28f0f39c894593bb20820113affac0-d47f1126-fee8-4701-acea-47d3b6d4bfd1"
