#!/usr/bin/env bash
set -euo pipefail

cd "$(dirname "$0")/.."

export OPENAI_API_KEY="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"

./gradlew bootRun
