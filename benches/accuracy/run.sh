#!/usr/bin/env bash
# Side-by-side detection accuracy: tollgate, gitleaks, betterleaks and Kingfisher on the
# labelled corpus of benches/accuracy/corpus (labels.csv), in one run.
#
#   benches/accuracy/run.sh
#
# Environment: TOLLGATE (binary; default target/release/tollgate, built if missing),
# PEERS (directory of the peer binaries; default target/peers/bin, filled by
# benches/install-peers.sh when a binary is missing), OUT (raw reports; default
# target/accuracy), RESULTS (the tables; default benches/accuracy/results).
#
# Every tool scans a copy of the corpus outside the repository (so no .gitignore or git
# repository changes what it reads), in its directory mode, with its default rules, JSON
# output and no secret validation (nothing leaves the machine). Kingfisher runs with
# --no-dedup: by default it reports a secret once however many files hold it, and this
# benchmark scores files.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
peers=${PEERS:-$root/target/peers/bin}
out=${OUT:-$root/target/accuracy}
results=${RESULTS:-$here/results}
tollgate=${TOLLGATE:-$root/target/release/tollgate}

for peer in gitleaks betterleaks kingfisher; do
  if [ ! -x "$peers/$peer" ]; then
    if [ -n "${PEERS:-}" ]; then echo "$peer missing in PEERS=$peers" >&2; exit 2; fi
    "$root/benches/install-peers.sh" "$peer"
  fi
done
if [ ! -x "$tollgate" ]; then (cd "$root" && cargo build --release --quiet); fi

scan=$(mktemp -d)
trap 'rm -rf "$scan"' EXIT
cp -R "$here/corpus/." "$scan/"
rm -rf "$out"
mkdir -p "$out"
: >"$out/times"

run() {
  local tool=$1; shift
  local start end
  start=$(date +%s.%N)
  "$@" >"$out/$tool.stdout" 2>"$out/$tool.stderr" || true
  end=$(date +%s.%N)
  echo "$tool $(echo "$end - $start" | bc)" >>"$out/times"
  if [ ! -s "$out/$tool.json" ]; then
    echo "$tool wrote no report; its standard error:" >&2
    tail -n 20 "$out/$tool.stderr" >&2
    exit 2
  fi
}

run tollgate "$tollgate" dir "$scan" --no-ignore --format json --output "$out/tollgate.json"
# tollgate keeps its fingerprint salt at the scan root (.tollgate/salt, created with the
# first finding); the peers and the scoring must see the labelled corpus alone.
rm -rf "$scan/.tollgate"
run gitleaks "$peers/gitleaks" dir "$scan" --no-banner --exit-code 0 --log-level error \
  --report-format json --report-path "$out/gitleaks.json"
run betterleaks "$peers/betterleaks" fs "$scan" --no-banner --exit-code 0 --log-level error \
  -o "$out/betterleaks.json"
run kingfisher "$peers/kingfisher" scan "$scan" --no-update-check --no-validate --git-history none \
  --no-dedup --format json --output "$out/kingfisher.json"

{
  echo "tollgate $("$tollgate" --version 2>&1 | head -n 1)"
  echo "gitleaks $("$peers/gitleaks" version 2>&1 | head -n 1)"
  echo "betterleaks $("$peers/betterleaks" version 2>&1 | head -n 1)"
  echo "kingfisher $("$peers/kingfisher" --version 2>&1 | head -n 1)"
} >"$out/versions"

python3 "$here/score.py" --labels "$here/labels.csv" --root "$scan" --reports "$out" --out "$results" \
  --times "$out/times"
echo
cat "$out/versions"
echo "tables: $results (summary.md, tollgate-misses.md/.csv, tollgate-false-positives.csv); raw reports: $out"
