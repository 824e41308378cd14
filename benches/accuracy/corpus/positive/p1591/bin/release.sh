#!/usr/bin/env bash
set -euo pipefail

cd "$(dirname "$0")/.."

export SECRET_KEY_BASE="46b63837670e0af64aba35523817c728eaf04cc50d3a8506db192439a6eb0232e99802d4decb8092a0d8422ab54661627d8a9f90fbcc277a6428315d5d118ba1"

make deploy ENV=prod
