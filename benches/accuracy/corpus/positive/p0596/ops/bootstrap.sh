#!/usr/bin/env bash
set -euo pipefail

cd "$(dirname "$0")/.."

export NUGET_API_KEY="oy2i1ofsi29hg3nx09o3ila34sk6gs58jk9roduwmuxpic"

make deploy ENV=prod
