#!/usr/bin/env bash
set -euo pipefail

cd "$(dirname "$0")/.."

export NGROK_API_KEY="2FNtNJPosLshA2vFNrQSCdKLVLP_aln5bct5NVAPn0tjjpVbI"

./gradlew bootRun
