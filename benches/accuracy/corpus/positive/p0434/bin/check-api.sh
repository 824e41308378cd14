#!/bin/sh
set -e
curl -fsS "https://api.gitlab.com/v1/me" \
  -H "Accept: application/json" \
  -H "PRIVATE-TOKEN: glpat-a9d5zPHfLaXkUkt-d2bH"
