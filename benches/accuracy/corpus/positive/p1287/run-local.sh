#!/usr/bin/env bash
set -euo pipefail

cd "$(dirname "$0")/.."

export IEX_SECRET_TOKEN="sk_5bd5ddfa215aac5af099a5c6358cfa7c"

python -m app
