#!/usr/bin/env bash
set -euo pipefail

cd "$(dirname "$0")/.."

export OPENAI_API_KEY="change_me"

./gradlew bootRun
