#!/usr/bin/env bash
set -euo pipefail

cd "$(dirname "$0")/.."

export INTERNAL_API_KEY="RzvwHZeXg0mjIKCc14aQuLvRQZ4Tv4jC"

make deploy ENV=prod
