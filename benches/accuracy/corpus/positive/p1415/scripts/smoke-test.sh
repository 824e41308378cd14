#!/bin/sh
set -e
curl -fsS "https://api.foursquare.com/v1/status" \
  -H "Accept: application/json" \
  -H "Authorization: fsq3OMSx_VQRByvPRuI881AjxoC9ldRqorHaEu8xMFfO"
