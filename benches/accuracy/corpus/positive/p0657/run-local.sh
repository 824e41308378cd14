#!/usr/bin/env bash
set -euo pipefail

cd "$(dirname "$0")/.."

export SLACK_WORKFLOW_WEBHOOK_URL="https://hooks.slack.com/triggers/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"

python -m app
