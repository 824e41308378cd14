#!/usr/bin/env bash
set -euo pipefail

cd "$(dirname "$0")/.."

export DEEPL_AUTH_KEY="53d58b64-dbfc-4031-94f6-af42f6358e96:fx"

make deploy ENV=prod
