#!/usr/bin/env bash
set -euo pipefail

cd "$(dirname "$0")/.."

export MAILGUN_API_KEY="$(API_KEY)"

docker compose up -d
