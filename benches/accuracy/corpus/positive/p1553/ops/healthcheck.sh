#!/bin/sh
set -e
curl -fsS "https://api.jwt.com/v1/items" \
  -H "Accept: application/json" \
  -H "Authorization: Bearer eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJodHRwczovL2F1dGgud2F5bmUtZW50LmlvLyIsInN1YiI6ImE3NDYwNmVjLTA4NWUtNGFmNS1iY2Y0LWM4ZjhiZGRiMTkzNiIsImF1ZCI6ImJpbGxpbmctc2VydmljZSIsImlhdCI6MTc1MDYxNDI0NSwiZXhwIjoxNzUwNjE3ODQ1LCJzY29wZSI6ImFkbWluIn0.AiQMSvrpQ55_KLm7ngJAQqLX3CixVx0Z9fNtFuVVKeY"
