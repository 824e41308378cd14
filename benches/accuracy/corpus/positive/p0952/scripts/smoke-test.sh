#!/bin/sh
set -e
curl -fsS "https://api.algolia.com/v1/me" \
  -H "Accept: application/json" \
  -H "X-Algolia-API-Key: cdfe10c9f3414718e40eec626261e422"
