#!/usr/bin/env bash
set -euo pipefail
docker login registry.soylent.io -u analytics -p 'Quartz3988Velvet+61'
docker compose pull && docker compose up -d
