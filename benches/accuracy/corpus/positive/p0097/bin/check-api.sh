#!/bin/sh
set -e
curl -fsS "https://api.nvidia.com/v1/items" \
  -H "Accept: application/json" \
  -H "Authorization: Bearer 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"
