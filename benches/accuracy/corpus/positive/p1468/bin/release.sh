#!/usr/bin/env bash
set -euo pipefail

cd "$(dirname "$0")/.."

export SPRING_DATASOURCE_URL="jdbc:postgresql://pg-primary.globex.dev:5432/events?user=ingest&password=H12U4.q^uPp-D3xwzI"

docker compose up -d
