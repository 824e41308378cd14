#!/usr/bin/env bash
set -euo pipefail

cd "$(dirname "$0")/.."

export ELEVENLABS_API_KEY="sk_0575a63ac909bfc05ece7012bc08345341d91a57aebc914f"

python -m app
