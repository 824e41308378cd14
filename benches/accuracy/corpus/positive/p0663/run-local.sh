#!/usr/bin/env bash
set -euo pipefail

cd "$(dirname "$0")/.."

export DISCORD_BOT_TOKEN="NTM2MzkyMDY3MjMwMTU2NjMw.SptJIR.fBaZIZ9czNmQFOZ1FgKo87xGzPIMJc3bBilzLt"

./gradlew bootRun
