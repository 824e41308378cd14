#!/usr/bin/env bash
set -euo pipefail

cd "$(dirname "$0")/.."

export SF_ACCESS_TOKEN="00DzvdrdpBuSZrQ!uEDOx0BrulCF0tivMdXITAGGhX2Eca0MVdcSKRyxXCt87wVLLZDt7skAegcVifaYcY9PhT2HMdHhV0PPabZuAiMD3Wz7PeoA"

python -m app
