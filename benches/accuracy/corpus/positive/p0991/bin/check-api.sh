#!/bin/sh
set -e
curl -fsS "https://api.postman.com/v1/me" \
  -H "Accept: application/json" \
  -H "X-Api-Key: PMAK-6448c287155e39d54d4c91f7-72446dae2835055a61c709fad23d7a7d08"
