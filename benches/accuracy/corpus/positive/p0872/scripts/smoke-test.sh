#!/bin/sh
set -e
curl -fsS "https://api.miro.com/v1/status" \
  -H "Accept: application/json" \
  -H "Authorization: Bearer eyJtaXJvLm9yaWdpbiI6ImV1MDEifQ_K3YcdetBU8PL8htfvTbJNQgXAML"
