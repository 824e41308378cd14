#!/usr/bin/env bash
set -euo pipefail

cd "$(dirname "$0")/.."

export DOCKERHUB_ORG_TOKEN="dckr_oat_vJ93qe4wnaJRwGwtZUaogsMd5lwHxLXa"

docker compose up -d
