#!/usr/bin/env bash
set -euo pipefail

cd "$(dirname "$0")/.."

export POSTHOG_PERSONAL_API_KEY="phx_m1ZHdtqMwtc4nsZhhDvMTKspRUlbluzNMzB6i7cT0Rl"

make deploy ENV=prod
