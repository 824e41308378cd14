#!/usr/bin/env bash
set -euo pipefail

cd "$(dirname "$0")/.."

export STORYBLOK_TOKEN="jjILnHg2bxOlyhyC0zGlIePq"

npm run start
