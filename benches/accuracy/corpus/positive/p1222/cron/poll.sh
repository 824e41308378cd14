#!/bin/sh
curl -fsS "https://apilayer.net/api/validate?access_key=2c33730585cde597c5c515c27c7f1ce9&number=14158586273" -o out.json
