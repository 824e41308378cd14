#!/bin/sh
set -e
curl -fsS "https://api.onesignal.com/v1/me" \
  -H "Accept: application/json" \
  -H "Authorization: Key os_v2_app_e6ljevfl7ap7bpbe4ennn24dvd7iexiy3e6qpvuyyaupw7cnlbor2l25bhy5b2zcxfq6ndufw3mok3orcc7vcaxjojdclxnlmtctadfeye7oag7uq"
