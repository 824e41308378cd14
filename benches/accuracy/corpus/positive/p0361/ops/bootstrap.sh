#!/usr/bin/env bash
set -euo pipefail

cd "$(dirname "$0")/.."

export NOMAD_TOKEN="b64a7d1c-ec49-459a-b924-9144092fa136"

python -m app
