#!/bin/sh
set -e
curl -fsS "https://api.clickup.com/v1/me" \
  -H "Accept: application/json" \
  -H "Authorization: pk_40421919_6OD6HL025SPGJEG1Z1VMZHIN8I32HZ5I"
