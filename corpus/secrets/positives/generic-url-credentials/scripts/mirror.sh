#!/usr/bin/env bash
set -euo pipefail
git clone --mirror "https://jenkins:Tj4Vfp2WrB1thikbTD@git.corp.invalid/platform/infra.git" /srv/mirror/infra.git
