#!/usr/bin/env bash
set -euo pipefail

cd "$(dirname "$0")/.."

export MIDTRANS_SERVER_KEY="Mid-server-PKyqTPnsFarmEzxRsT__jxhb"

make deploy ENV=prod
