#!/usr/bin/env bash
set -euo pipefail

cd "$(dirname "$0")/.."

export DROPBOX_ACCESS_TOKEN="sl.0xs12LBcqBWB3nDUzXCJQpkTL1kj8xxodbTf4ZuNEAVZdPknU2uyfRraK6hWGttFn5a5yHSq-PVsTDgY8Nh3uV2zAR8UKuVO1zVP5S0HSDRbiE2z3FO8UVDyRfAICqCXQxcBgkF"

python -m app
