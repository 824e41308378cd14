#!/usr/bin/env bash
set -euo pipefail

cd "$(dirname "$0")/.."

export CONFIGCAT_SDK_KEY="8vm6SPxnjtPJd0g-lBjUB7/U_rrg6tHymvCd_I0SktEB3"

docker compose up -d
