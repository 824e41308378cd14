#!/bin/sh
curl -fsS "https://api.marketstack.com/v1/eod?access_key=1f0b9d9c995715f8ed50c4cd56cd82a8&symbols=AAPL" -o out.json
