#!/usr/bin/env bash
set -euo pipefail

cd "$(dirname "$0")/.."

export CLOUDFLARE_EMAIL="ops@globex.io"
export CLOUDFLARE_API_KEY="5d93827e8609908c434971966d0c3521db190"

make deploy ENV=prod
