#!/usr/bin/env bash
set -euo pipefail

cd "$(dirname "$0")/.."

export SHOPIFY_ACCESS_TOKEN="shpat_EXAMPLE145a84bc4ef16bd70ea2fff1e"

npm run start
