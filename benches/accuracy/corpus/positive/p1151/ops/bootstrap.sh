#!/usr/bin/env bash
set -euo pipefail

cd "$(dirname "$0")/.."

export NEW_RELIC_LICENSE_KEY="17af9eb70fa6befa62018026245a2335fee5NRAL"

make deploy ENV=prod
