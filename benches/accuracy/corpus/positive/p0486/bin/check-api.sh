#!/bin/sh
set -e
curl -fsS "https://api.circleci.com/v1/items" \
  -H "Accept: application/json" \
  -H "Circle-Token: CCIPAT_ieBwDNj3iwu5Rc9Srso0LZ_55c8c0e628afecfeb6305223c1ee498d368084c0"
