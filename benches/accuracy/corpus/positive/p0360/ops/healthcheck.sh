#!/bin/sh
set -e
curl -fsS "https://api.nomad.com/v1/items" \
  -H "Accept: application/json" \
  -H "X-Nomad-Token: 4188e752-e3e0-4aea-9606-ef3cf65764bf"
