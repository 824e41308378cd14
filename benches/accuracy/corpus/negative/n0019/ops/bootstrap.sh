#!/usr/bin/env bash
set -euo pipefail

cd "$(dirname "$0")/.."

export DD_API_KEY="0123456789abcdef0123456789abcdef"

./gradlew bootRun
