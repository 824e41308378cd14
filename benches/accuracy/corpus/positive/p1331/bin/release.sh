#!/usr/bin/env bash
set -euo pipefail

cd "$(dirname "$0")/.."

export LOCATIONIQ_TOKEN="pk.88f321423f1e82f535edb65e26da8ec7"

./gradlew bootRun
