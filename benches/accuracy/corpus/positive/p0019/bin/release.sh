#!/usr/bin/env bash
set -euo pipefail

cd "$(dirname "$0")/.."

export ANTHROPIC_ADMIN_KEY="sk-ant-admin01-UGMn7z0rJxWbGorKpOm_m21fkI5uJvPylsjJpMCCQHekQS09zCyuM07GNHpP1AWB7ccOtT2FADagSIg9VXDWqnzbnEzgZAA"

npm run start
