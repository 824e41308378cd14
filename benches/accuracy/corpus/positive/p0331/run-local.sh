#!/usr/bin/env bash
set -euo pipefail

cd "$(dirname "$0")/.."

export SUPABASE_SECRET_KEY="sb_secret_Yp3OL-TTqpKHEt7vPztPMx3UqBxlOp0"

./gradlew bootRun
