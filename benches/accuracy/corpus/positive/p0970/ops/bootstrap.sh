#!/usr/bin/env bash
set -euo pipefail

cd "$(dirname "$0")/.."

export CLERK_SECRET_KEY="sk_live_cx94tGjnnIGhORDM8nScZhQLiR1IOtSYiogMeVGB"

make deploy ENV=prod
