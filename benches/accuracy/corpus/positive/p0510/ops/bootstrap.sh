#!/usr/bin/env bash
set -euo pipefail

cd "$(dirname "$0")/.."

export SONAR_TOKEN="sqp_e74c1fbeabfb15b5ae9454a8fd945c8545da58f9"

./gradlew bootRun
