#!/usr/bin/env bash
set -euo pipefail

cd "$(dirname "$0")/.."

export LLAMA_CLOUD_API_KEY="llx-Hn46ClGOnPM3XRU3AAIzJZCUKbNEVDn2vhc7jF4s7WjqIlFw"

docker compose up -d
