#!/usr/bin/env bash
set -euo pipefail

cd "$(dirname "$0")/.."

export LOB_API_KEY="live_8e5248ce2460462b9d80f7978baf7566c42"

make deploy ENV=prod
