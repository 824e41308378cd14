#!/bin/sh
set -e
curl -fsS "https://api.equinixmetal.com/v1/status" \
  -H "Accept: application/json" \
  -H "X-Auth-Token: phItutCkd7SLd6z6uDPcHqjDvxWwc71D"
