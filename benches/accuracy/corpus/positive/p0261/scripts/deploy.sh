#!/usr/bin/env bash
set -euo pipefail

cd "$(dirname "$0")/.."

export SCW_ACCESS_KEY="SCWL32USQ0I6T1WIXA89"
export SCW_SECRET_KEY="b234b22e-5201-4eae-b5fa-13b5a48043e7"

./gradlew bootRun
