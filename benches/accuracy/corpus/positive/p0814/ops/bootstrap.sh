#!/usr/bin/env bash
set -euo pipefail

cd "$(dirname "$0")/.."

export SPOTIFY_CLIENT_ID="2a3c05de3ac69cb8b98fb5f93e591421"
export SPOTIFY_CLIENT_SECRET="9f1f2256229251453e633cab6213b699"

npm run start
