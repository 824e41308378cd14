#!/usr/bin/env bash
set -euo pipefail

cd "$(dirname "$0")/.."

export HCLOUD_TOKEN="n73Tyk3OjPkKIGwTGAAmqwkNfod3bU5kiehD5xIs0a84jiF9Rhje4GfqDIEOyl4M"

docker compose up -d
