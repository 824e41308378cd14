#!/usr/bin/env bash
set -euo pipefail

cd "$(dirname "$0")/.."

export CLICKHOUSE_URL="clickhouse://backend:0qaVbGmaOMg=^4XoCUwn9l2cv@cluster0.soylent.io:9000/app_production"

make deploy ENV=prod
