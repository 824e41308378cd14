#!/bin/sh
set -e
curl -fsS "https://api.frameio.com/v1/me" \
  -H "Accept: application/json" \
  -H "Authorization: Bearer fio-u-PWxKsBDLcVVdHZBHCHmO1XaYIpJwJwyua_eFe5QjG6ri2UsSgxfsU4V9QKVdVvDg"
