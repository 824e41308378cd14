#!/usr/bin/env bash
set -euo pipefail

cd "$(dirname "$0")/.."

export OAUTH_CLIENT_SECRET="lEduGuzGREvkPrz4wiBqDyiaXDsnyKGoof1cUPv8fOq"

./gradlew bootRun
