#!/usr/bin/env bash
set -euo pipefail

cd "$(dirname "$0")/.."

export MODAL_TOKEN_ID="ak-epFS3yp3ZxsCnjwcZmwCyS"
export MODAL_TOKEN_SECRET="as-RIRyTbaekBNFiLfIdlO37h"

python -m app
