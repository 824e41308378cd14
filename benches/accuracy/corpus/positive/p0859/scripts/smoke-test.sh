#!/bin/sh
set -e
curl -fsS "https://api.calendly.com/v1/status" \
  -H "Accept: application/json" \
  -H "Authorization: Bearer eyJhbGciOiJIUzUxMiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJodHRwczovL2F1dGguaG9vbGkuZGV2LyIsInN1YiI6IjM4MjA0MDQ2MzciLCJhdWQiOiJiaWxsaW5nLXNlcnZpY2UiLCJpYXQiOjE3MDk3MDQyNDksImV4cCI6MTcwOTcwNzg0OSwic2NvcGUiOiJhZG1pbiJ9.fugscnoqeGRbwT46InhvPg54BzAkSD77oMNesEs0xehmxEQ8L-FwIiXjukm4EK-MkAlDEUNqLEyyaNaUj_g4Jg"
