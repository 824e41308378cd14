#!/usr/bin/env bash
set -euo pipefail

cd "$(dirname "$0")/.."

export MP_ACCESS_TOKEN="APP_USR-7789791170300045-097798-91375274cd43a04bf3cce83b96a4b36f-101257257"

docker compose up -d
