#!/bin/sh
set -e
curl -fsS "https://api.influxdb.com/v1/status" \
  -H "Accept: application/json" \
  -H "Authorization: Token _qBomYCvzRlizhj7EXv3F1ptiqISSbAw_0tUaBZpAklcsPRXC9Sc0ohkv5nYOnLWWisJKE6IP_KLzKnJFroBB3=="
