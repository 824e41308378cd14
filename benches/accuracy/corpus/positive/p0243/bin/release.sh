#!/usr/bin/env bash
set -euo pipefail

cd "$(dirname "$0")/.."

export DIGITALOCEAN_TOKEN="dop_v1_2c337bd7c8cc8d43d42d520415c64eb1bf55639bfd847965347f403bd817534f"

./gradlew bootRun
