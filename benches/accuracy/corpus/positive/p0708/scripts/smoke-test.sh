#!/bin/sh
set -e
curl -fsS "https://api.infobip.com/v1/status" \
  -H "Accept: application/json" \
  -H "Authorization: App b1606b89c04d2357811b21d2861e1b3b-6b1d40a1-0bb0-458a-8d41-320804f889cd"
