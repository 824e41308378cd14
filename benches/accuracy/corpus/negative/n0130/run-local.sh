#!/usr/bin/env bash
set -euo pipefail

cd "$(dirname "$0")/.."

export AWS_ACCESS_KEY_ID="<SECRET>"

python -m app
