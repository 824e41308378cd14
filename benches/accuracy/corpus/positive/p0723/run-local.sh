#!/usr/bin/env bash
set -euo pipefail

cd "$(dirname "$0")/.."

export LINE_CHANNEL_SECRET="35b39eda495490be90d97ede9c25dd91"

docker compose up -d
