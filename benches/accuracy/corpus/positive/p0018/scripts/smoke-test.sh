#!/bin/sh
set -e
curl -fsS "https://api.anthropic.com/v1/items" \
  -H "Accept: application/json" \
  -H "x-api-key: sk-ant-admin01-GDpFWcdF5v0p_Ah-QTNkE5pOqb1Mw9HsO7J2OxcTG5u5L2_HagL-IPB1JyrYbO2P_NzyXHiERN1J1VNAQesQkWuitSii0AA"
