#!/usr/bin/env bash
set -euo pipefail

cd "$(dirname "$0")/.."

export CO_API_KEY="TQ2z5FVirqlZbDDch3stDWizAMdHji7eaZW5kzpd"

./gradlew bootRun
