#!/usr/bin/env bash
set -euo pipefail

cd "$(dirname "$0")/.."

export COMMUNICATION_SERVICES_CONNECTION_STRING="endpoint=https://eamuzkcyz.communication.azure.com/;accesskey=FK0vNplLFY5xudrso94ZUrpi2XDTvlAhvwWP2YqwDf1EXUPUdHTG9P1bj3tmUvIxbOZWd9KCqI2L98o9Za+VTw=="

./gradlew bootRun
