#!/bin/sh
set -e
curl -fsS "https://api.asana.com/v1/me" \
  -H "Accept: application/json" \
  -H "Authorization: Bearer 2/6717795118285451/3863431819321457:fd5ef38e322ed052e7d28bc63f148204"
