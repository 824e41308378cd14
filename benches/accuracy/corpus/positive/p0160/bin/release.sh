#!/usr/bin/env bash
set -euo pipefail

cd "$(dirname "$0")/.."

export AWS_ACCESS_KEY_ID="AKIAHZ5TRYIQIYKX64YA"
export AWS_SECRET_ACCESS_KEY="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"

./gradlew bootRun
