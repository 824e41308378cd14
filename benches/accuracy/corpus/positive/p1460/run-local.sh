#!/usr/bin/env bash
set -euo pipefail

cd "$(dirname "$0")/.."

export CLOUDAMQP_URL="amqps://ci_runner:Meadow9779Marble!55@mq.vandelay.net/app_production"

python -m app
