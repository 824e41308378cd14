#!/usr/bin/env bash
# Side-by-side comparison of tollgate with gitleaks (and betterleaks and Kingfisher when
# installed) on the same input, with the same number of threads, in alternating runs.
#
#   benches/vs-gitleaks.sh TREE            # files on disk: tollgate dir vs gitleaks dir
#   benches/vs-gitleaks.sh dir TREE        # the same
#   benches/vs-gitleaks.sh history REPO    # whole history, every ref: tollgate history
#                                          # --all-refs vs gitleaks git --log-opts=--all
#
# For history, REPO is a normal clone with all refs, e.g. of rust-lang/cargo (24k commits)
# or git/git (85k commits); the synthetic repository of benches/make-history-repo.sh is
# only a smoke test.
#
# Environment: RUNS (default 3), THREADS (default: number of cores), TOLLGATE (binary;
# default target/release/tollgate, built if missing), BASE (another tollgate binary, such as
# the last release's, run as one more tool named `base` in the same alternation, so both
# builds are compared under the same load), TOOLS (default: tollgate, base, gitleaks and
# every installed peer). Peers come from benches/install-peers.sh (target/peers/bin).
# Prints wall time (median of RUNS), CPU time (user + system, median), peak RSS (largest
# of RUNS, from /usr/bin/time), distinct findings, and each tool's ratio to tollgate.
# Secret validation against providers is switched off for every tool: no network.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
usage="usage: vs-gitleaks.sh [dir|history] PATH"
case "${1:?$usage}" in
  dir|history) mode=$1; shift ;;
  *) mode=dir ;;
esac
target=$(cd "${1:?$usage}" && pwd)
runs=${RUNS:-3}
threads=${THREADS:-$(nproc)}
peers="$here/target/peers/bin"
tollgate=${TOLLGATE:-$here/target/release/tollgate}
if [ ! -x "$tollgate" ]; then (cd "$here" && cargo build --release --quiet); fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Each tool: a command line that writes a JSON report to $out, and a counter for it.
tool_cmd() {
  local tool=$1 out=$2
  case "$tool:$mode" in
    tollgate:dir) echo "$tollgate dir $target --no-ignore --threads $threads --format json --output $out" ;;
    base:dir) echo "$base dir $target --no-ignore --threads $threads --format json --output $out" ;;
    base:history) echo "$base history $target --all-refs --no-cache --threads $threads --format json --output $out" ;;
    tollgate:history) echo "$tollgate history $target --all-refs --no-cache --no-progress --threads $threads --format json --output $out" ;;
    gitleaks:dir) echo "env GOMAXPROCS=$threads $peers/gitleaks dir $target --no-banner --exit-code 0 --log-level error --report-format json --report-path $out" ;;
    gitleaks:history) echo "env GOMAXPROCS=$threads $peers/gitleaks git $target --log-opts=--all --no-banner --exit-code 0 --log-level error --report-format json --report-path $out" ;;
    betterleaks:dir) echo "env GOMAXPROCS=$threads $peers/betterleaks fs $target --no-banner --exit-code 0 --log-level error -o $out" ;;
    betterleaks:history) echo "env GOMAXPROCS=$threads $peers/betterleaks git $target --log-opts=--all --no-banner --exit-code 0 --log-level error -o $out" ;;
    kingfisher:dir) echo "$peers/kingfisher scan $target --no-update-check --no-validate --git-history none -j $threads --format json --output $out" ;;
    kingfisher:history) echo "$peers/kingfisher scan $target --no-update-check --no-validate --git-history full -j $threads --format json --output $out" ;;
  esac
}

# Distinct findings: (file, line, commit) once, however many rules matched there.
count_findings() {
  python3 - "$1" "$2" <<'PY'
import json, sys
tool, path = sys.argv[1], sys.argv[2]
try:
    text = open(path).read().strip()
except OSError:
    print("?"); sys.exit()
if not text:
    print(0); sys.exit()
data = json.loads(text)
if tool in ("tollgate", "base"):
    items = data["findings"]
elif isinstance(data, list):
    items = data
elif isinstance(data, dict):
    items = next((data[k] for k in ("findings", "matches", "results") if isinstance(data.get(k), list)), None)
    if items is None:
        print("?"); sys.exit()

def pick(item, *names):
    for name in names:
        if isinstance(item, dict):
            for key, value in item.items():
                if key.lower() == name and not isinstance(value, (dict, list)):
                    return value
            for value in item.values():
                found = pick(value, name) if isinstance(value, dict) else None
                if found is not None:
                    return found
    return None

print(len({(pick(i, "file", "path"), pick(i, "line", "startline"), pick(i, "commit", "id")) for i in items}))
PY
}

tools=(tollgate gitleaks)
base=${BASE:-}
if [ -n "$base" ]; then
  [ -x "$base" ] || { echo "BASE=$base is not an executable" >&2; exit 2; }
  tools=(tollgate base gitleaks)
fi
for peer in betterleaks kingfisher; do [ -x "$peers/$peer" ] && tools+=("$peer"); done
if [ -n "${TOOLS:-}" ]; then read -r -a tools <<< "$TOOLS"; fi
[ -x "$peers/gitleaks" ] || { echo "gitleaks missing: run benches/install-peers.sh" >&2; exit 2; }

declare -A times cpus rss found
for run in $(seq "$runs"); do
  for tool in "${tools[@]}"; do
    out="$work/$tool-$run.json"
    cmd=$(tool_cmd "$tool" "$out")
    # Warm the page cache the same way for every tool: the first run of each is measured
    # too, and alternation spreads any drift across all of them.
    # Wall time from the clock in nanoseconds: /usr/bin/time's %e has 10 ms steps, too
    # coarse for a 15% bar on a run of 0.4 s.
    started=$(date +%s.%N)
    /usr/bin/time -f "%M %U %S" -o "$work/time" $cmd >/dev/null 2>"$work/stderr" || true
    secs=$(echo "$(date +%s.%N) - $started" | bc -l)
    read -r kb user sys < <(tail -n 1 "$work/time")
    times[$tool]+="$secs "
    cpus[$tool]+="$(echo "$user + $sys" | bc -l) "
    rss[$tool]=$(( ${rss[$tool]:-0} > kb ? ${rss[$tool]:-0} : kb ))
    found[$tool]=$(count_findings "$tool" "$out")
  done
done

median() { tr ' ' '\n' | grep -v '^$' | sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
printf 'mode=%s target=%s threads=%s runs=%s\n' "$mode" "$target" "$threads" "$runs"
printf '%-12s %10s %10s %12s %10s %14s %12s\n' tool wall_s cpu_s peak_rss_mb findings time_vs_tollgate rss_vs_tollgate
base_t=$(echo "${times[tollgate]}" | median)
base_t=$(echo "if ($base_t < 0.01) 0.01 else $base_t" | bc -l)
base_m=${rss[tollgate]}
for tool in "${tools[@]}"; do
  t=$(echo "${times[$tool]}" | median)
  c=$(echo "${cpus[$tool]}" | median)
  m=${rss[$tool]}
  printf '%-12s %10.3f %10s %12.1f %10s %13.2fx %11.2fx\n' "$tool" "$t" "$c" "$(echo "$m/1024" | bc -l)" "${found[$tool]}" \
    "$(echo "$t/$base_t" | bc -l)" "$(echo "$m/$base_m" | bc -l)"
done
