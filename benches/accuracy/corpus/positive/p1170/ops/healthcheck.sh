#!/bin/sh
set -e
curl -fsS "https://api.splunk.com/v1/me" \
  -H "Accept: application/json" \
  -H "X-SF-Token: EBnlX9N4Ara0n1tKPAUmPf"
