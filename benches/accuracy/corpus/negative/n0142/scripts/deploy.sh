#!/usr/bin/env bash
set -euo pipefail

cd "$(dirname "$0")/.."

export AWS_SECRET_ACCESS_KEY="<YOUR_API_KEY>"

python -m app
