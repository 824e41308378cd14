#!/usr/bin/env bash
set -euo pipefail

cd "$(dirname "$0")/.."

export VERCEL_TOKEN="18B6eaImZCcLETR3rk3lyE1i"

make deploy ENV=prod
