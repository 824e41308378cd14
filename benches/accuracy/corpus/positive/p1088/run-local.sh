#!/usr/bin/env bash
set -euo pipefail

cd "$(dirname "$0")/.."

export PLAID_CLIENT_ID="329b366ecaa64ffa90a2fcf3"
export PLAID_SECRET="3fe708685455468a9f6b84f9eac578"

make deploy ENV=prod
