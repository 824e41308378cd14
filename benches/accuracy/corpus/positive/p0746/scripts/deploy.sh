#!/usr/bin/env bash
set -euo pipefail

cd "$(dirname "$0")/.."

export SENDGRID_API_KEY="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"

python -m app
