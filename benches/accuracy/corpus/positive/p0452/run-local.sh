#!/usr/bin/env bash
set -euo pipefail

cd "$(dirname "$0")/.."

export GITLAB_AGENT_TOKEN="glagent-TSZqsK4F-O5aCQiADbELI0yWB9gth2SsXBEIlXOOj_gn87lzYJ"

python -m app
