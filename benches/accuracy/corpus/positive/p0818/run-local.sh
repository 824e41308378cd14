#!/usr/bin/env bash
set -euo pipefail

cd "$(dirname "$0")/.."

export DISQUS_PUBLIC_KEY="Wp4RZfyu9jc6jeMzFxI8LZReDUCRp1gd174JmUO6oj9ohW7ozPyaTnRVfNFLrBl4"
export DISQUS_SECRET_KEY="Zd5FV6n8D724mLjBU9j31v8pwZqZ2ZdLm7BspTMggWyQ2Cz9KuWi2ZNZtZYi9Neu"

docker compose up -d
