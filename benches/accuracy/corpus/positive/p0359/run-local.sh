#!/usr/bin/env bash
set -euo pipefail

cd "$(dirname "$0")/.."

export CONSUL_HTTP_TOKEN="de13e52f-dc2e-4e96-821f-ee616bba986d"

docker compose up -d
