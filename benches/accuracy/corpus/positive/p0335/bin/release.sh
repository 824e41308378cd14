#!/usr/bin/env bash
set -euo pipefail

cd "$(dirname "$0")/.."

export DATABASE_URL="mysql://6ok2v1dolgam:pscale_pw_9Hv-reL39FeHtBibsRUO7J3KAbQ9Junl95mHOTm5y1S@aws.connect.psdb.cloud/catalog?sslaccept=strict"

npm run start
