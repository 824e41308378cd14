#!/usr/bin/env bash
set -euo pipefail
docker login registry.stark-ind.io -u svc_billing -p 'Rocket1186Canyon+4'
docker compose pull && docker compose up -d
