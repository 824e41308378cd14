#!/usr/bin/env bash
set -euo pipefail

cd "$(dirname "$0")/.."

export ONESIGNAL_REST_API_KEY="os_v2_app_nzac6frb4xcq2ajyu37i7yqnssfppl5ozzfmxxj5r4ni3aqbfuqkliwik7yzlfndkb2ijzkfjk63sonesvbd5erbq6xdyegd46un7l6y2v5honw5g"

./gradlew bootRun
