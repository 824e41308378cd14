#!/usr/bin/env bash
set -euo pipefail

cd "$(dirname "$0")/.."

export SHOPIFY_ACCESS_TOKEN="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"

npm run start
