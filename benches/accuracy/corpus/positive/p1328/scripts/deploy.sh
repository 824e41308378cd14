#!/usr/bin/env bash
set -euo pipefail

cd "$(dirname "$0")/.."

export GEOAPIFY_API_KEY="19735ff59ac07cac4ffefa4257d1c909"

./gradlew bootRun
