#!/usr/bin/env bash
set -euo pipefail

cd "$(dirname "$0")/.."

export NUGET_API_KEY="oy2idvgqourdvj76tyl7dxxuohicor1p5p8f7q7xyjuf46"

npm run start
