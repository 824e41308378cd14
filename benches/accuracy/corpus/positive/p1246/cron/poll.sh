#!/bin/sh
curl -fsS "https://data.fixer.io/api/latest?access_key=96c511d3380d7fdacc3427c27851d828" -o out.json
