#!/usr/bin/env bash
set -euo pipefail

cd "$(dirname "$0")/.."

export GIPHY_API_KEY="jCfNtZiHtkyNsZmlD3dqU83ofjuiuY7n"

make deploy ENV=prod
