#!/bin/sh
set -e
curl -fsS "https://api.witai.com/v1/status" \
  -H "Accept: application/json" \
  -H "Authorization: Bearer 1QFPB1YI3TSVCSUFRGY4SGSYAJIDLET8"
