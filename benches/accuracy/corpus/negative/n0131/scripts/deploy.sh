#!/usr/bin/env bash
set -euo pipefail

cd "$(dirname "$0")/.."

export NPM_TOKEN="__API_KEY__"

npm run start
