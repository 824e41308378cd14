#!/usr/bin/env bash
set -euo pipefail

cd "$(dirname "$0")/.."

export SERPAPI_API_KEY="ebccb23be00e760273d63bdccb5a60083836dbaf63719bdb8a51bf25372c6927"

./gradlew bootRun
