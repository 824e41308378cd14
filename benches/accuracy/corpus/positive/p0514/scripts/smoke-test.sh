#!/bin/sh
set -e
curl -fsS "https://api.harness.com/v1/status" \
  -H "Accept: application/json" \
  -H "x-api-key: pat.mEg1XUvnoL0E5wdAWZUyHK.cbc241ba4637606c9b6482a0.Pijvg3fxWCvyC7T7CMbd"
