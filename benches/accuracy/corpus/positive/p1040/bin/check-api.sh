#!/bin/sh
set -e
curl -fsS "https://api.stripe.com/v1/items" \
  -H "Accept: application/json" \
  -H "Authorization: Bearer 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"
