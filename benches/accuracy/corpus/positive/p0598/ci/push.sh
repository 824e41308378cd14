#!/usr/bin/env bash
set -euo pipefail
docker login -u svcbilling -p dckr_pat_JhjiRwki0P0grCsgwVN_4zK5qMK
docker push svcbilling/api:latest
