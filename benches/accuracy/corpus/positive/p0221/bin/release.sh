#!/usr/bin/env bash
set -euo pipefail

cd "$(dirname "$0")/.."

export AZURE_REDIS_CONNECTION="dxnmwzfiy.redis.cache.windows.net:6380,password=jpTrEkUG94zuaPpqqvgyi9Hh9qFxklR1kUBdJojnmCs=,ssl=True,abortConnect=False"

python -m app
