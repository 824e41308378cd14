#!/usr/bin/env bash
set -euo pipefail

cd "$(dirname "$0")/.."

export WEBEX_BOT_TOKEN="byKztZKmM29USsE2M5ZFpPA75Ho8s9HmIC8H7chcNlLujsENkZBbTR5fVLSMo0jf_woMq_3254f25c-efdd-42c9-bc5f-bf31815dc01c"

make deploy ENV=prod
