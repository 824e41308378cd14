#!/usr/bin/env bash
set -euo pipefail

cd "$(dirname "$0")/.."

export POSTMAN_API_KEY="PMAK-d1cb5ff05a28e689face47ae-bd7ac7b8e64bfc77700d0eedce74c2e9fa"

docker compose up -d
