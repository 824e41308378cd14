#!/bin/sh
set -e
curl -fsS "https://api.mistralai.com/v1/status" \
  -H "Accept: application/json" \
  -H "Authorization: Bearer Lc2AuL33TBjaHNVQz4FsWV95PwKUm9ZP"
