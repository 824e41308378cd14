#!/usr/bin/env bash
set -euo pipefail

cd "$(dirname "$0")/.."

export REPLICATE_API_TOKEN="r8_XqeMVPl0JmeSboZQI0dtcWzLWrGLyZrIbag2N"

./gradlew bootRun
