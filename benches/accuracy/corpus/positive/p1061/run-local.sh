#!/usr/bin/env bash
set -euo pipefail

cd "$(dirname "$0")/.."

export BRAINTREE_ACCESS_TOKEN="access_token$production$hnizla7qh7v277j8$9221d1a3403c941f748b1ec10f61d9cb"

docker compose up -d
