#!/bin/sh
set -e
curl -fsS "https://api.sourcegraph.com/v1/items" \
  -H "Accept: application/json" \
  -H "Authorization: token sgp_a6bae82381438d6b_f0b877e2c2ec2ffabcb6f5f98cc88a8e1a5a2973"
