#!/bin/sh
set -e
curl -fsS "https://api.octopusdeploy.com/v1/items" \
  -H "Accept: application/json" \
  -H "X-Octopus-ApiKey: API-VVJWW2ZNS50149HMM4YO8XPPBVIFHE"
