#!/bin/sh
set -e
curl -fsS "https://api.braze.com/v1/status" \
  -H "Accept: application/json" \
  -H "Authorization: Bearer 41d25dcf-28fa-4c6a-a928-a38a88d5332e"
