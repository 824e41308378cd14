#!/usr/bin/env bash
set -euo pipefail

cd "$(dirname "$0")/.."

export ENDOR_API_CREDENTIALS_KEY="endr+VgOGFUiFnlzvYegM"
export ENDOR_API_CREDENTIALS_SECRET="endr+TnOtTVvH5gbEulsh"

docker compose up -d
