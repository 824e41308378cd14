#!/usr/bin/env bash
set -euo pipefail

cd "$(dirname "$0")/.."

export MAPQUEST_API_KEY="BIFIoHjUm9GaodBY2uShiBNJpBhsraJf"

./gradlew bootRun
