#!/bin/sh
set -e
curl -fsS "https://api.particle.com/v1/me" \
  -H "Accept: application/json" \
  -H "Authorization: Bearer ef2b32f90ad690c3c953b630d4f63a8881650247"
