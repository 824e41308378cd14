#!/usr/bin/env bash
set -euo pipefail

cd "$(dirname "$0")/.."

export DAILY_API_KEY="52c352b065966b22a7cf9bfe663109b0ed9510ac0598f271ad36f165b33006b0"

docker compose up -d
