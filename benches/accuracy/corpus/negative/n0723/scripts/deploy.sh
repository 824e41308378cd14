#!/usr/bin/env bash
set -euo pipefail

cd "$(dirname "$0")/.."

export SECRET_KEY="************************************DjoF"

docker compose up -d
