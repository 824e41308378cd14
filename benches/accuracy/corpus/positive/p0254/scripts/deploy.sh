#!/usr/bin/env bash
set -euo pipefail

cd "$(dirname "$0")/.."

export VULTR_API_KEY="JG9E92V5RMYC1HIYXDWHPRG4GI6ZJZ0ITYTB"

npm run start
