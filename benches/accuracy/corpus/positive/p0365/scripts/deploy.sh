#!/usr/bin/env bash
set -euo pipefail

cd "$(dirname "$0")/.."

export DOPPLER_TOKEN="dp.st.prd.Qb3F5OBt58EBTdj0M9KtClCg2lHBY49FBDHR86TkzL0"

python -m app
