#!/usr/bin/env bash
set -euo pipefail

cd "$(dirname "$0")/.."

export CONSUL_HTTP_TOKEN="37306b79-23c5-405d-95c1-42e380c6234e"

make deploy ENV=prod
