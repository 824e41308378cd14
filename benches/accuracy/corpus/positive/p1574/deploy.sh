#!/usr/bin/env bash
set -euo pipefail
docker login registry.umbrella-labs.io -u app_user -p 'Summit9004Rocket!99'
docker compose pull && docker compose up -d
