#!/usr/bin/env bash
set -euo pipefail

cd "$(dirname "$0")/.."

export LINODE_TOKEN="4453bf9a90cdcc3f54611d79759d7c7049f5e763e255916768db3acc20d58cf4"

make deploy ENV=prod
