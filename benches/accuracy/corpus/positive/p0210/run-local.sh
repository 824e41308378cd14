#!/usr/bin/env bash
set -euo pipefail

cd "$(dirname "$0")/.."

export AZURE_SIGNALR_CONNECTION_STRING="Endpoint=https://jtltgaegb.service.signalr.net;AccessKey=EK7FPx/IahVSD99mYydJmRRXuRMaQb8SxFSbHO6XpCw=;Version=1.0;"

docker compose up -d
