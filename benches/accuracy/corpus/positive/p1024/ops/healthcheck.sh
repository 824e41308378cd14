#!/bin/sh
set -e
curl -fsS "https://api.crowdin.com/v1/me" \
  -H "Accept: application/json" \
  -H "Authorization: Bearer d1bb16fedac2ced457e02aa5ff55f7a2239a88f8f032748bd267ad64600fa3e147906c4f912d5e99"
