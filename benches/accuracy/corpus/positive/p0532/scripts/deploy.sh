#!/usr/bin/env bash
set -euo pipefail

cd "$(dirname "$0")/.."

export PREFECT_API_KEY="pnu_v41XMEu1Iu5QbBbsTlHEry4wbdcwDbt79u5d"

make deploy ENV=prod
