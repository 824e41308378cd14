#!/usr/bin/env bash
set -euo pipefail

cd "$(dirname "$0")/.."

export AZURE_STORAGE_CONNECTION_STRING="DefaultEndpointsProtocol=https;AccountName=ahnfdqfzbjstore;AccountKey=sfOIGxVUXozDl6HzyfeQu7mH7NrM4Uuv9gbSKfUPQHVAlUKRlHAq1WDFdpG/c8DF1/CP36Ux2w3InTAgOFmvFg==;EndpointSuffix=core.windows.net"

docker compose up -d
