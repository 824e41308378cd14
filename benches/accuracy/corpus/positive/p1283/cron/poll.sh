#!/bin/sh
curl -fsS "https://www.alphavantage.co/query?function=TIME_SERIES_DAILY&symbol=IBM&apikey=S58JC8ALYQ2T8W3N" -o out.json
