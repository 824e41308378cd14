#!/bin/sh
set -e
curl -fsS "https://api.shortcut.com/v1/me" \
  -H "Accept: application/json" \
  -H "Shortcut-Token: 829f93f3-cb4a-46f4-af79-98d3333234b3"
