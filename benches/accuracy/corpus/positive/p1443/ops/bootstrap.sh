#!/usr/bin/env bash
set -euo pipefail

cd "$(dirname "$0")/.."

export MONGODB_URI="mongodb://analytics:Saffron4625Summit.54@mq.globex.cloud:27017/crm?authSource=admin"

./gradlew bootRun
