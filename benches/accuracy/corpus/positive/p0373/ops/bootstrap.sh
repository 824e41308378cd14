#!/usr/bin/env bash
set -euo pipefail

cd "$(dirname "$0")/.."

export OP_SECRET_KEY="A3-UNRZIR-NG94LS-CYMUE-W8UZ7-DYAGK-XW5XC"

npm run start
