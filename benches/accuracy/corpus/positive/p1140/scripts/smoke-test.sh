#!/bin/sh
set -e
curl -fsS "https://api.datadog.com/v1/items" \
  -H "Accept: application/json" \
  -H "DD-API-KEY: 0aafbc76ddd811eac37329fbcd5551b4"
