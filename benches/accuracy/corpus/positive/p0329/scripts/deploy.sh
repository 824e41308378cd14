#!/usr/bin/env bash
set -euo pipefail

cd "$(dirname "$0")/.."

export SUPABASE_SERVICE_ROLE_KEY="eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJzdXBhYmFzZSIsInJlZiI6InVzY2Vra250a3h5emlzbGJmZ2VvIiwicm9sZSI6InNlcnZpY2Vfcm9sZSIsImlhdCI6MTc0NzA4ODMwOSwiZXhwIjoyMDYyNDQ4MzA5fQ.hZdRfyWl4xedaauQXfdbbfVG3bVCY_yq3AYuXOigBVQ"

python -m app
