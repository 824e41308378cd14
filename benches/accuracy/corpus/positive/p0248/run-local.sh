#!/usr/bin/env bash
set -euo pipefail

cd "$(dirname "$0")/.."

export SPACES_ACCESS_KEY_ID="DOSVS7JVUYR8RD74M97B"
export SPACES_SECRET_ACCESS_KEY="WzI6heT0QEhNOqS+utgd89US9CdQ/2+H0Ln1wt70VP1"

docker compose up -d
