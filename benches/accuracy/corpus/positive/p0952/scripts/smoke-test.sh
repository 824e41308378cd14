#!/bin/sh
set -e
curl -fsS "https://api.algolia.com/v1/status" \
  -H "Accept: application/json" \
  -H "X-Algolia-API-Key: 66cdbc4c2963ba41dabf7f376f04d25b"
