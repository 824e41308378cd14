#!/usr/bin/env bash
set -euo pipefail

cd "$(dirname "$0")/.."

export SPLUNK_HEC_TOKEN="c0339911-691f-4149-a8d9-1baa23a23510"

python -m app
