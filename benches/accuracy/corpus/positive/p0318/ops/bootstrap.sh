#!/usr/bin/env bash
set -euo pipefail

cd "$(dirname "$0")/.."

export VERCEL_TOKEN="vcp_hpU8AqrXoRU7dqnShngPTZL1jnu2uhoOLd4i3Yka66VSjfVN0P4Marnv"

make deploy ENV=prod
