#!/usr/bin/env bash
set -euo pipefail

cd "$(dirname "$0")/.."

export PRISMIC_ACCESS_TOKEN="MC5Lmg0WUlCTkp1SmxLNE5Cb2guczd5MFdQZERDbXlLb0kxMGJWRDBsMGdZMHFMcXV0a0s5d1FqTlpZTg"

make deploy ENV=prod
