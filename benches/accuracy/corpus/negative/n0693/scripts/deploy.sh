#!/usr/bin/env bash
set -euo pipefail

cd "$(dirname "$0")/.."

export GITHUB_TOKEN="gho_FxWJJ2Jk67DH049Cjy675nUd6UiwaVFTOqWQ"

python -m app
