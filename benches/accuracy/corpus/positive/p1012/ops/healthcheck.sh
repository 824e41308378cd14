#!/bin/sh
set -e
curl -fsS "https://api.vimeo.com/v1/items" \
  -H "Accept: application/json" \
  -H "Authorization: bearer 7eabef70850bfa6d0ec9c54d8b24240e"
