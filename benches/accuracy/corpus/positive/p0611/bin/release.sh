#!/usr/bin/env bash
set -euo pipefail

cd "$(dirname "$0")/.."

export DENO_DEPLOY_TOKEN="ddp_dPqaIOioRUYnsFsg5kVjsGqRAWreBQ3e55pt"

./gradlew bootRun
