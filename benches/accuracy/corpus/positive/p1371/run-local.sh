#!/usr/bin/env bash
set -euo pipefail

cd "$(dirname "$0")/.."

export APOLLO_API_KEY="Srk3wBIqIO0vdp3ecw3UXG"

make deploy ENV=prod
