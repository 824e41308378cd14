#!/usr/bin/env bash
set -euo pipefail

cd "$(dirname "$0")/.."

export MYSQL_URL="mysql://svc_billing:0DsiXusIXj*TTG!JH=s^kZtqK@cache.cyberdyne.dev:3306/billing"

docker compose up -d
