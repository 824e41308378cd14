#!/usr/bin/env bash
set -euo pipefail

cd "$(dirname "$0")/.."

export ROCKETCHAT_USER_ID="PxOshd6iixS3Alt1d"
export ROCKETCHAT_AUTH_TOKEN="U5s9VhD-_wD5gS6EFaqIXUt7UJflzAzdJq-kxki4Gd2"

make deploy ENV=prod
