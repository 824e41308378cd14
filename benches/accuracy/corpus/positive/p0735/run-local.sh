#!/usr/bin/env bash
set -euo pipefail

cd "$(dirname "$0")/.."

export NOVU_API_KEY="ab82f36ed682eb6a3444cf5b8a670a91"

python -m app
