#!/usr/bin/env bash
set -euo pipefail

cd "$(dirname "$0")/.."

export PAGERDUTY_ROUTING_KEY="002adcbe8f1eb082e888748a762c5e20"

python -m app
