#!/usr/bin/env bash
set -euo pipefail

cd "$(dirname "$0")/.."

export CODEBERG_TOKEN="783ca25d59b473be7169972bee1fb261317424a1"

make deploy ENV=prod
