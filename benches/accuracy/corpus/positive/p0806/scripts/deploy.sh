#!/usr/bin/env bash
set -euo pipefail

cd "$(dirname "$0")/.."

export LINKEDIN_CLIENT_ID="01kyoyi3gzsal1"
export LINKEDIN_CLIENT_SECRET="g6Iv2D50BviLlwCd"

make deploy ENV=prod
