#!/bin/sh
curl -fsS "https://api.currencylayer.com/live?access_key=5e3342c8584d02522d7ee80142b46da2" -o out.json
