#!/usr/bin/env bash
set -euo pipefail

cd "$(dirname "$0")/.."

export FIREBASE_DATABASE_SECRET="4CvRT7I99sopLOb3R3kEBpDPvviKJcZmaQ0uWaKs"

./gradlew bootRun
