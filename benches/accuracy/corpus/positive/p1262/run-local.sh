#!/usr/bin/env bash
set -euo pipefail

cd "$(dirname "$0")/.."

export IPINFO_TOKEN="07780bc3e198ac"

docker compose up -d
