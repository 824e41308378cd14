#!/usr/bin/env bash
set -euo pipefail

cd "$(dirname "$0")/.."

export GITHUB_INSTALLATION_TOKEN="ghs_fhfXvSXW4JJqB2LsLDBjWOpjLpKDBN4NGa6X"

npm run start
