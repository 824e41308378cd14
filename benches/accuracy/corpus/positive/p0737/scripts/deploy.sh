#!/usr/bin/env bash
set -euo pipefail

cd "$(dirname "$0")/.."

export COURIER_AUTH_TOKEN="pk_prod_OBUYCKFQBJFJHXGPB0UF76IRM7YL"

python -m app
