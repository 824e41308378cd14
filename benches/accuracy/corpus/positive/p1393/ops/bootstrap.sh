#!/usr/bin/env bash
set -euo pipefail

cd "$(dirname "$0")/.."

export URLSCAN_API_KEY="8e6a4272-25b9-45a5-bce3-b2837b178f6a"

make deploy ENV=prod
