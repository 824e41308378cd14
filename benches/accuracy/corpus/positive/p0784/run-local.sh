#!/usr/bin/env bash
set -euo pipefail

cd "$(dirname "$0")/.."

export ACTIVECAMPAIGN_API_KEY="e3ec4d4e3592a00e83745072f6d3cf4985f20429a71b21c94ae95316962ce325e641aee9"

make deploy ENV=prod
