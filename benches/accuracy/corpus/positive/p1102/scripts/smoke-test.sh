#!/bin/sh
set -e
curl -fsS "https://api.shippo.com/v1/me" \
  -H "Accept: application/json" \
  -H "Authorization: ShippoToken shippo_live_4f77c6868ebd93a6b4aff854591705eec9fdd375"
