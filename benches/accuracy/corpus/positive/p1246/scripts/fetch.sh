#!/bin/sh
curl -fsS "https://data.fixer.io/api/latest?access_key=339089e225b5f3b832b29835a79c1051" -o out.json
