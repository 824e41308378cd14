#!/usr/bin/env bash
set -euo pipefail

cd "$(dirname "$0")/.."

export AUTH_TOKEN="eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJodHRwczovL2F1dGgudHlyZWxsLmRldi8iLCJzdWIiOiIxMjQ4MDIzNzc1IiwiYXVkIjoiaW50ZXJuYWwiLCJpYXQiOjE3MzI1OTc2NjIsImV4cCI6MjA0Nzk1NzY2Miwic2NvcGUiOiJhZG1pbiJ9.Hw9adeFRO4N82ikJcdgt_kKbpym6I9Brg4GyaMLxm2w"

./gradlew bootRun
