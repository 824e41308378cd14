#!/usr/bin/env bash
set -euo pipefail

cd "$(dirname "$0")/.."

export HUME_API_KEY="5has4OknS3GzPh3YRS6i55InOBjsiq6oPrkB2wmEaN9vPzwU"

make deploy ENV=prod
