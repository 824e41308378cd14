#!/usr/bin/env bash
set -euo pipefail

cd "$(dirname "$0")/.."

export NYT_API_KEY="NCS8lCIDfmgfErWVUrjDF2mV0cIRKH4r"

make deploy ENV=prod
