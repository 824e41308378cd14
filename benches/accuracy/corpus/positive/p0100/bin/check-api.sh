#!/bin/sh
set -e
curl -fsS "https://api.clarifai.com/v1/me" \
  -H "Accept: application/json" \
  -H "Authorization: Key 7dae98e7f2a8b1e03da3d379ec910d09"
