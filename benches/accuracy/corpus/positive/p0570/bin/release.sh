#!/usr/bin/env bash
set -euo pipefail

cd "$(dirname "$0")/.."

export SPACELIFT_API_KEY_ID="NW2PXWM97QS9JFY0LHG8K0004Z"
export SPACELIFT_API_KEY_SECRET="7ca5c6ab42b3d86ec5e21f84f6f70b824bd36057328309b219daa2598d74233f"

npm run start
