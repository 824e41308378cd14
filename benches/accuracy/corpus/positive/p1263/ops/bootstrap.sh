#!/usr/bin/env bash
set -euo pipefail

cd "$(dirname "$0")/.."

export IPGEOLOCATION_API_KEY="ec4ef265a7b0e5e68dd854d930ba208a"

npm run start
