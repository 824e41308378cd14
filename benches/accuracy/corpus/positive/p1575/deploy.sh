#!/usr/bin/env bash
set -euo pipefail
docker login registry.acme-corp.io -u ingest -p 'Willow5026Granite!28'
docker compose pull && docker compose up -d
