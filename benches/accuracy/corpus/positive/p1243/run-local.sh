#!/usr/bin/env bash
set -euo pipefail

cd "$(dirname "$0")/.."

export SCRAPESTACK_ACCESS_KEY="bf78929ad7b6d5629db374e0b6f3b577"

make deploy ENV=prod
