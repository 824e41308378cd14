#!/bin/sh
set -e
curl -fsS "https://api.iterable.com/v1/items" \
  -H "Accept: application/json" \
  -H "Api-Key: 84d5f364e54db8d801298623d7d7ebc9"
