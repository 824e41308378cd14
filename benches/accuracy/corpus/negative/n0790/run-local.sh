#!/usr/bin/env bash
set -euo pipefail

cd "$(dirname "$0")/.."

export REDIS_URL="postgres://${DB_USER}:${DB_PASSWORD}@${DB_HOST}:5432/app"

docker compose up -d
