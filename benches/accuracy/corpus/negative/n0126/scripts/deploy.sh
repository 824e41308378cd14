#!/usr/bin/env bash
set -euo pipefail

cd "$(dirname "$0")/.."

export CLIENT_SECRET="{{ api_key }}"

make deploy ENV=prod
