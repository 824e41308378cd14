#!/usr/bin/env bash
set -euo pipefail

cd "$(dirname "$0")/.."

export GOOGLE_API_KEY="AIzaZpl5gyGTGsq7T7Prw-nQVhhpd3EkHCnfKiV"

npm run start
