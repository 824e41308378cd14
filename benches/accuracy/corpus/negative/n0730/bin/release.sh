#!/usr/bin/env bash
set -euo pipefail

cd "$(dirname "$0")/.."

export SENDGRID_API_KEY="••••••••••••"

python -m app
