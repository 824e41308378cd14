#!/usr/bin/env bash
# The cost of Argon2id fingerprints in `tollgate dir`: a tree of N files each holding a
# different password (N fingerprints to compute) against the same tree where every file
# holds the same password (one fingerprint; the rest come from the run's memo). The scan
# work is the same, so the difference in CPU time is N-1 fingerprints.
#
#   benches/fingerprint-cost.sh [path/to/tollgate]     (default: target/release/tollgate)
#
# Env: N (default 200), THREADS (default 1), RUNS (default 3). Prints user and system CPU
# seconds, wall seconds and peak RSS per run (GNU time), and the CPU per fingerprint of
# the last run.
set -euo pipefail

TOLLGATE="$(realpath "${1:-target/release/tollgate}")"
N="${N:-200}"
THREADS="${THREADS:-1}"
RUNS="${RUNS:-3}"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

mkdir -p "$WORK/distinct" "$WORK/same"
for i in $(seq 1 "$N"); do
  printf 'password = "Vq7kZ%04dmLr9Tx"\n' "$i" >"$WORK/distinct/f$i.env"
  printf 'password = "Vq7kZ0001mLr9Tx"\n' >"$WORK/same/f$i.env"
done

declare -A cpu
for run in $(seq 1 "$RUNS"); do
  for tree in distinct same; do
    cd "$WORK/$tree"
    /usr/bin/time -f "%U %S %e %M" -o "$WORK/time" \
      "$TOLLGATE" dir . --threads "$THREADS" --format json >"$WORK/report" 2>/dev/null || true
    read -r user sys wall rss < <(tail -n 1 "$WORK/time")
    findings=$(grep -c '"fingerprint"' "$WORK/report" || true)
    echo "run $run $tree: $findings findings, user ${user}s sys ${sys}s wall ${wall}s peak RSS $((rss / 1024)) MB"
    cpu[$tree]=$(echo "$user + $sys" | bc)
  done
done
echo "CPU per fingerprint (last run): $(echo "scale=1; (${cpu[distinct]} - ${cpu[same]}) * 1000 / ($N - 1)" | bc) ms"
