#!/usr/bin/env bash
set -euo pipefail

cd "$(dirname "$0")/.."

export NEW_RELIC_API_KEY="NRAK-EDAM6ID2BQ6RRUK7B4O2OJ7XYE7"

make deploy ENV=prod
