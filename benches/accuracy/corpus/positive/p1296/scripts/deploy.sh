#!/usr/bin/env bash
set -euo pipefail

cd "$(dirname "$0")/.."

export NASDAQ_DATA_LINK_API_KEY="J5jQ4-zt0gwAOXZKeQ2u"

docker compose up -d
