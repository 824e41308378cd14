#!/usr/bin/env bash
set -euo pipefail

cd "$(dirname "$0")/.."

export AZURE_SERVICEBUS_CONNECTION_STRING="Endpoint=sb://nlgiearag.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=YIPrTERNdyC8VT75d3Yd9SFi2cFg/TK3AHFkz72W2bM="

docker compose up -d
