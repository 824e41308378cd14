#!/usr/bin/env bash
set -euo pipefail

cd "$(dirname "$0")/.."

export MAILGUN_API_KEY="key-0123456789abcdef0123456789abcdef"

python -m app
