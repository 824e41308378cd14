#!/bin/sh
set -e
curl -fsS "https://api.contentful.com/v1/me" \
  -H "Accept: application/json" \
  -H "Authorization: Bearer CFPAT-jlUyrT224uDWNv6UQIQ59KCpC0oG65VU_PIXYOLvSPW"
