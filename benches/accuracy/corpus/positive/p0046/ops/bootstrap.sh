#!/usr/bin/env bash
set -euo pipefail

cd "$(dirname "$0")/.."

export XAI_API_KEY="xai-mk7AltQiNAEQYFpIOfqNcQaFtDH7d0kM11otkRKLakYOwzhoUe5kiB5McpvCfSwiVmOjrXr1zrCJP0g7"

npm run start
