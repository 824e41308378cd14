#!/usr/bin/env bash
set -euo pipefail

cd "$(dirname "$0")/.."

export COSMOS_CONNECTION_STRING="AccountEndpoint=https://pijkghqoo.documents.azure.com:443/;AccountKey=0ghLXK7RFk1emBwoc8szAz3kX12OrgDMBa7GlgSx5Q9n4IPZZuquOhQ7LLcJyBip7CWa5PafHbZmNGTqYPaJUA==;"

make deploy ENV=prod
