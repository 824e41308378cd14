#!/usr/bin/env bash
set -euo pipefail

cd "$(dirname "$0")/.."

export BREVO_API_KEY="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"

make deploy ENV=prod
