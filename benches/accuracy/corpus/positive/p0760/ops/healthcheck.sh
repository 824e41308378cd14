#!/bin/sh
set -e
curl -fsS "https://api.brevo.com/v1/me" \
  -H "Accept: application/json" \
  -H "api-key: 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"
