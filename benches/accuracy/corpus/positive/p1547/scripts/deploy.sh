#!/usr/bin/env bash
set -euo pipefail

cd "$(dirname "$0")/.."

export BTC_PRIVATE_KEY_WIF="L5L3f4BXG3f8vUuc3RnwwEUYc8ZVRjXbunofrLvrmgBRiQPVHJSq"

python -m app
