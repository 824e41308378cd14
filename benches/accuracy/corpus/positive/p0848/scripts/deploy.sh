#!/usr/bin/env bash
set -euo pipefail

cd "$(dirname "$0")/.."

export TODOIST_API_TOKEN="abd65b1b747e1081b0b8ae813c87f86dd4d86c3c"

npm run start
