#!/usr/bin/env bash
set -euo pipefail

cd "$(dirname "$0")/.."

export DB_PASSWORD="a0F^dwiTg7-PD!IQWx5r*7"

./gradlew bootRun
