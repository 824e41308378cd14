#!/usr/bin/env bash
set -euo pipefail

cd "$(dirname "$0")/.."

export WOOCOMMERCE_CONSUMER_KEY="ck_63c9c29424430abb8e2ff86831f7c53cacf18431"
export WOOCOMMERCE_CONSUMER_SECRET="cs_217678d3aa2a06877dd1a71389348af3f68c5a81"

python -m app
