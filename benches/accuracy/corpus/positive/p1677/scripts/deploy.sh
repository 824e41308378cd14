#!/usr/bin/env bash
set -euo pipefail

cd "$(dirname "$0")/.."

export ENCRYPTION_KEY="dQjdQvZDtpPRrMiIzwr6jspEczroX9a1bz5wGWlsc/U="

python -m app
