#!/usr/bin/env bash
set -euo pipefail

cd "$(dirname "$0")/.."

export CO_API_KEY="07GbADsHjfApI3j5JCL9GLY6PrEjc7ypTVLgFhmG"

npm run start
