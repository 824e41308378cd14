#!/bin/sh
set -e
curl -fsS "https://api.mistralai.com/v1/me" \
  -H "Accept: application/json" \
  -H "Authorization: Bearer kxxmMB0fJQOooQJU2GsykG5zA5XzXg4P"
