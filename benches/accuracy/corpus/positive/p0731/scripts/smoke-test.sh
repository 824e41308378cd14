#!/bin/sh
set -e
curl -fsS "https://api.onesignal.com/v1/status" \
  -H "Accept: application/json" \
  -H "Authorization: Key os_v2_app_k663cjqm4wcp4kj2umpqjtsbrzh34av2gcukwmbumtq45rw5vojkiljy44ncpide7nkhbajjvqcovyido4zf3fnc3qfofnmrxsiq72xb2sux5wtax"
