#!/usr/bin/env bash
set -euo pipefail

cd "$(dirname "$0")/.."

export DOPPLER_TOKEN="dp.pt.wxVS3y9e7wDAPIrChP2yqjRUnr5nzLyJd77uZHTGcKe"

npm run start
