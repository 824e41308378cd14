#!/usr/bin/env bash
set -euo pipefail

cd "$(dirname "$0")/.."

export GITHUB_TOKEN="ghp_************************************"

docker compose up -d
