#!/usr/bin/env bash
set -euo pipefail

cd "$(dirname "$0")/.."

export HUME_API_KEY="CgKy3wt4tY4I1SGugnHGkli6sj70Nq5pcKn2gIXQ6oxSd7e4"

make deploy ENV=prod
