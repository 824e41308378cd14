#!/usr/bin/env bash
set -euo pipefail

cd "$(dirname "$0")/.."

export SWARM_UNLOCK_KEY="SWMKEY-1-Z8A2UQUU3nk6b2vxUoQ9zViU1NgaH_HGB-V_ppTIyFZ"

make deploy ENV=prod
