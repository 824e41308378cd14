#!/usr/bin/env bash
set -euo pipefail

cd "$(dirname "$0")/.."

export ACCESS_TOKEN="mYuSmJH17UukwwGSJTzSYyzXej08K104nDdBMUWk"

make deploy ENV=prod
