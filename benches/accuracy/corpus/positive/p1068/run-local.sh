#!/usr/bin/env bash
set -euo pipefail

cd "$(dirname "$0")/.."

export SQUARE_APPLICATION_ID="sq0idp-7GN45naY5a45IKZkG6Cw9W"
export SQUARE_APPLICATION_SECRET="sq0csp-E5iDk56XZc8h7X_uic2UBWTQWJEZ2pe4LHaXBMVwBaI"

./gradlew bootRun
