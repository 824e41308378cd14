#!/usr/bin/env bash
set -euo pipefail

cd "$(dirname "$0")/.."

export DB_PASSWORD="6QT5tI9Hc+NQz4HOrtQ8iyA"

./gradlew bootRun
