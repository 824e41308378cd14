#!/usr/bin/env bash
set -euo pipefail

cd "$(dirname "$0")/.."

export ACTIVECAMPAIGN_API_KEY="0a65f7bf2a768be563e1e1d0806fb7e345bf9b6f06441cea94fdf0025bf22bfcff51aab3"

python -m app
