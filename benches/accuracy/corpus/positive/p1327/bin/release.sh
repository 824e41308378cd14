#!/usr/bin/env bash
set -euo pipefail

cd "$(dirname "$0")/.."

export OPENCAGE_API_KEY="4f4460f9b1d50ded9bd00497caf376e6"

python -m app
