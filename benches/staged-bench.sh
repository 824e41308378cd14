#!/usr/bin/env bash
# Pre-commit speed: median wall time of `tollgate check --staged` (process start, rule
# loading and compilation included) with a 10-file staged change in a 10,000-file
# repository. Target: under 50 ms.
#
#   benches/staged-bench.sh [path/to/tollgate]     (default: target/release/tollgate)
#
# Needs git and hyperfine. The repository is generated (deterministically) in a temporary
# directory and removed afterwards.
set -euo pipefail

TOLLGATE="$(realpath "${1:-target/release/tollgate}")"
FILES="${FILES:-10000}"
CHANGED="${CHANGED:-10}"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

export GIT_CONFIG_GLOBAL=/dev/null GIT_CONFIG_NOSYSTEM=1
export GIT_AUTHOR_NAME=bench GIT_AUTHOR_EMAIL=bench@example.invalid
export GIT_COMMITTER_NAME=bench GIT_COMMITTER_EMAIL=bench@example.invalid

repo="$WORK/repo"
git init -q -b main "$repo"
cd "$repo"
# 100 directories of 100 source-like files, about 1.5 KB each.
for d in $(seq 0 99); do
  mkdir -p "src/mod$d"
  for f in $(seq 0 $((FILES / 100 - 1))); do
    {
      echo "// module $d file $f"
      for l in $(seq 1 30); do echo "let value_$l = compute($d, $f, $l); // line $l"; done
    } > "src/mod$d/file$f.rs"
  done
done
git add -A
git commit -q -m "10,000 files"

# The change: ten files each gain a few clean lines in the middle.
for i in $(seq 0 $((CHANGED - 1))); do
  file="src/mod$((i * 7))/file$i.rs"
  sed -i "15a let added_$i = \"configuration value $i\";\nlet other_$i = 42;" "$file"
  git add "$file"
done
echo "repository: $(git ls-files | wc -l) files, $(git diff --cached --name-only | wc -l) staged"
"$TOLLGATE" check --staged || true

hyperfine --warmup 5 --runs 50 -N --export-json "$WORK/staged.json" \
  "$TOLLGATE check --staged"
python3 -c "import json,sys; r=json.load(open(sys.argv[1]))['results'][0]; print(f\"median {r['median']*1000:.1f} ms (mean {r['mean']*1000:.1f} ms, min {r['min']*1000:.1f} ms)\")" "$WORK/staged.json"
