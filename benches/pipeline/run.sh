#!/usr/bin/env bash
# tollgate's pipeline checks against zizmor on the workflows of public repositories.
#
#   benches/pipeline/run.sh     # MIRRORS (default ../.mirror) holds the fetch snapshots
#
# Installs zizmor from the Python package index (the wheel's sha256 is checked before it is
# unpacked), extracts each repository's workflows and action definitions at HEAD into
# target/pipeline-bench/<owner>+<name>/, runs `zizmor --offline --no-config --no-ignores`
# and `tollgate pipeline` with benches/pipeline/tollgate.toml on each, and writes the
# comparison (compare.py) to target/pipeline-bench/summary.md. Nothing fetched is kept
# in the repository.
set -euo pipefail
cd "$(dirname "$0")/../.."
MIRRORS=${MIRRORS:-../.mirror}
out=target/pipeline-bench
peers=target/peers
zizmor_requirement="zizmor==1.32.0"
zizmor_sha=84a6acb975accc13408786a2bd274b572537ca19c933ebbc13e78f3988562071
mkdir -p "$out" "$peers/bin"

if [ ! -x "$peers/bin/zizmor" ]; then
  tmp=$(mktemp -d)
  pip download --quiet --no-deps -d "$tmp" "$zizmor_requirement"
  wheel=$(ls "$tmp"/*.whl)
  actual=$(sha256sum "$wheel" | cut -d' ' -f1)
  if [ "$actual" != "$zizmor_sha" ]; then
    echo "zizmor: wheel sha256 $actual does not match the expected $zizmor_sha" >&2
    rm -rf "$tmp"; exit 2
  fi
  python3 -m zipfile -e "$wheel" "$tmp/unpacked"
  install -m 0755 "$tmp"/unpacked/zizmor-*.data/scripts/zizmor "$peers/bin/zizmor"
  rm -rf "$tmp"
fi
# TOLLGATE=target/debug/tollgate reuses a debug build (agreement does not depend on it).
if [ -z "${TOLLGATE:-}" ]; then cargo build --release --quiet; TOLLGATE=target/release/tollgate; fi
tollgate=$(realpath "$TOLLGATE")
config=$PWD/benches/pipeline/tollgate.toml

grep -v '^#' benches/pipeline/repos.txt | while read -r slug; do
  [ -n "$slug" ] || continue
  name=${slug/\//+}
  git_dir="$MIRRORS/$name/repo"
  if [ ! -d "$git_dir" ]; then echo "$slug: no snapshot at $git_dir, skipped" >&2; continue; fi
  tree="$out/$name"
  rm -rf "$tree"; mkdir -p "$tree"
  git --git-dir="$git_dir" rev-parse HEAD > "$tree.commit"
  # One blob at a time: snapshots may lack their largest files, which an archive of the
  # whole tree would trip over.
  git --git-dir="$git_dir" ls-tree -r --name-only HEAD \
    | { grep -E '^\.github/workflows/[^/]+\.ya?ml$|(^|/)action\.ya?ml$' || true; } \
    | while IFS= read -r path; do
        mkdir -p "$tree/$(dirname "$path")"
        git --git-dir="$git_dir" show "HEAD:$path" > "$tree/$path"
      done
  "$peers/bin/zizmor" --offline --no-config --no-ignores --no-progress --no-exit-codes \
    --format json "$tree" > "$tree.zizmor.json" 2> "$tree.zizmor.err" || true
  "$tollgate" pipeline "$tree" --config "$config" --format json \
    > "$tree.tollgate.json" 2> "$tree.tollgate.err" || true
done
python3 benches/pipeline/compare.py "$out" | tee "$out/summary.md"
