#!/usr/bin/env bash
set -euo pipefail

cd "$(dirname "$0")/.."

export AZURE_CLIENT_ID="b76ccebb-e55b-4401-a9ec-9f68f4031eff"
export AZURE_CLIENT_SECRET="s5p3Q~uOrVVY~m4uWkGCvOcd30EX.Fg_xh6KAzQz"

docker compose up -d
