#!/usr/bin/env bash
set -euo pipefail
docker login -u webapp -p dckr_pat_iT1vebwEE5RMQyASyOu6FLQvqvO
docker push webapp/api:latest
