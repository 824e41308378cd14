#!/usr/bin/env bash
set -euo pipefail

cd "$(dirname "$0")/.."

export MAILGUN_API_KEY="key-9d77ec331ce7d99fd23cec1ce595cb9f"

docker compose up -d
