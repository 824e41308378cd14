#!/usr/bin/env bash
set -euo pipefail

cd "$(dirname "$0")/.."

export INSIGHTLY_API_KEY="0349795a-b9c3-4ed1-b304-ac3068c9d0bf"

./gradlew bootRun
