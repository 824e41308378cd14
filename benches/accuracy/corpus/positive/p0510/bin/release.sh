#!/usr/bin/env bash
set -euo pipefail

cd "$(dirname "$0")/.."

export SONAR_TOKEN="sqp_caa0476e294253f44edb8738e6d5cbfd62b84f8e"

docker compose up -d
