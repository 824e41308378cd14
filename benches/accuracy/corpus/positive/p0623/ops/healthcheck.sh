#!/bin/sh
set -e
curl -fsS "https://api.cloudsmith.com/v1/me" \
  -H "Accept: application/json" \
  -H "X-Api-Key: c39165310790a4e994e7f25fcc861cd4c2310f4d"
