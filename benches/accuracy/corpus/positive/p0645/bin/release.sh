#!/usr/bin/env bash
set -euo pipefail

cd "$(dirname "$0")/.."

export SLACK_CONFIG_TOKEN="xoxe.xoxp-1-HGPNCFhehZZ7X2bCbgKoYtILJnxFZVwUeMpCNoQAuGHqQ0wNpBR9smYQlMdDblfVB0kE1JJA5DRsE3pFWoTUZAeXX08ypFIkI4mAu7jXh7vn09D2u9RjUMqGYrC0W2vaBU0DU88MKgqk9BKUL8"

python -m app
