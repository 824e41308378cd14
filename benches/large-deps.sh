#!/usr/bin/env bash
# Issue 17 item 14: `tollgate deps` on very large dependency changes, end to end through
# the binary (parse, diff, every check, the advisory store, the report), offline.
#
#   benches/large-deps.sh [path/to/tollgate]     (default: target/release/tollgate)
#
# Two generated cases (nothing is committed; the files live in a temporary directory):
# - `npm-40k`: a package-lock.json v3 of 1,000 packages against one of 41,000: 40,000
#   added packages with made-up, unpopular names (the typosquat check's slow path), each
#   depending on the next two;
# - `yarn-200k`: a yarn.lock v1 of 200,000 entries against one of 199,000 (1,000 added,
#   the first 1,000 upgraded), each entry depending on the next: one chain as long as
#   the file, the shape that made every `introduced_by` path as long as the lockfile.
#
# The store holds one npm record (the check must have an ecosystem to look in). Env:
# RUNS (default 1), FORMAT (default json). Prints wall seconds, CPU seconds and peak RSS
# per run (GNU time) and the number of findings.
set -euo pipefail

TOLLGATE="$(realpath "${1:-target/release/tollgate}")"
RUNS="${RUNS:-1}"
FORMAT="${FORMAT:-json}"
RECORD="$(realpath "$(dirname "$0")/../corpus/osv/adversarial/MAL-2022-9.json")"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

python3 - "$WORK" <<'EOF'
import json, os, sys
work = sys.argv[1]

def name(i):
    # Made-up names: a syllable pattern no popular list holds, long enough for the edit
    # distance (the check's slowest path).
    s = "bcdfghjklmnpqrstvwxz"
    v = "aeiou"
    out, n = [], i
    for _ in range(4):
        out.append(s[n % 20] + v[(n // 20) % 5])
        n //= 100
    return "".join(out) + f"-zq{i}"

def package_lock(n):
    pkgs = {"": {"name": "app", "dependencies": {name(0): "^1.0.0"}}}
    for i in range(n):
        pkgs[f"node_modules/{name(i)}"] = {
            "version": "1.0.0",
            "resolved": f"https://registry.npm.invalid/{name(i)}/-/{name(i)}-1.0.0.tgz",
            "integrity": f"sha512-{i:064d}==",
            "dependencies": {name((i + 1) % n): "^1.0.0", name((i + 2) % n): "^1.0.0"},
        }
    return json.dumps({"name": "app", "lockfileVersion": 3, "requires": True, "packages": pkgs})

def yarn_chain(n, bump):
    out = ["# yarn lockfile v1\n\n"]
    for i in range(n):
        patch = 1 if i < bump else 0
        out.append(
            f'\npkg-{i}@^1.0.0:\n  version "1.0.{patch}"\n'
            f'  resolved "https://registry.invalid/pkg-{i}/-/pkg-{i}-1.0.{patch}.tgz"\n'
            f"  integrity sha512-{i:064d}{patch}==\n"
        )
        if i + 1 < n:
            out.append(f'  dependencies:\n    pkg-{i + 1} "^1.0.0"\n')
    return "".join(out)

for case, base, head, file, manifest in [
    ("npm-40k", package_lock(1000), package_lock(41000), "package-lock.json", None),
    ("yarn-200k", yarn_chain(199000, 0), yarn_chain(200000, 1000), "yarn.lock",
     '{"dependencies": {"pkg-0": "^1.0.0"}}'),
]:
    for side, text in [("base", base), ("head", head)]:
        d = os.path.join(work, case, side)
        os.makedirs(d)
        with open(os.path.join(d, file), "w") as f:
            f.write(text)
        if manifest:
            with open(os.path.join(d, "package.json"), "w") as f:
                f.write(manifest)
EOF

export TOLLGATE_CACHE_DIR="$WORK/cache"
"$TOLLGATE" feed import "$RECORD" >/dev/null 2>&1
for run in $(seq 1 "$RUNS"); do
  for case in npm-40k yarn-200k; do
    cd "$WORK/$case"
    size=$(du -sh head | cut -f1)
    code=0
    /usr/bin/time -f "%e %U %S %M" -o "$WORK/time" \
      "$TOLLGATE" deps base head --offline --format "$FORMAT" >"$WORK/report" 2>"$WORK/err" || code=$?
    read -r wall user sys rss < <(tail -n 1 "$WORK/time")
    findings=$(grep -oE '"kind": ?"dependency"' "$WORK/report" | wc -l || true)
    echo "run $run $case (head $size): exit $code, $findings findings, wall ${wall}s, user ${user}s sys ${sys}s, peak RSS $((rss / 1024)) MB"
    [ "$code" -le 1 ] || cat "$WORK/err"
  done
done
