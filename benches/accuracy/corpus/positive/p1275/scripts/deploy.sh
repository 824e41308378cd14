#!/usr/bin/env bash
set -euo pipefail

cd "$(dirname "$0")/.."

export GNEWS_API_KEY="4a73e61690bb4b3b6d84ff6c783d933c"

python -m app
