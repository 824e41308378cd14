#!/bin/sh
set -e
curl -fsS "https://api.typesense.com/v1/items" \
  -H "Accept: application/json" \
  -H "X-TYPESENSE-API-KEY: SknZIgv3CeysZR7jFekJe0NV2JjqhaNo"
