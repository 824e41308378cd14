#!/usr/bin/env bash
set -euo pipefail

cd "$(dirname "$0")/.."

export ACCUWEATHER_API_KEY="qFvLPNKNOF9jOuD11y4zm9Qq4Nb8yC8W"

make deploy ENV=prod
