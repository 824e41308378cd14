#!/usr/bin/env bash
set -euo pipefail

cd "$(dirname "$0")/.."

export STREAM_API_KEY="90zgiz96do0h"
export STREAM_API_SECRET="vgsuzwzq98wgk1ehdkpv9mfz4q2r46zuy571341znzli7c73bbw5aih5w2qhz29j"

python -m app
