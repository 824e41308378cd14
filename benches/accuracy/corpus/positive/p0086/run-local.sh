#!/usr/bin/env bash
set -euo pipefail

cd "$(dirname "$0")/.."

export VOYAGE_API_KEY="pa-w9OBnM-YIrH_Np5kbkAwIkt_W3dIDcHCUe-L_gH1EfQ"

npm run start
