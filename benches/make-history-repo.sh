#!/usr/bin/env bash
# Builds a repository with a long, real history for `benches/vs-gitleaks.sh history`:
# successive commits of the real crate sources in the local cargo registry cache (one
# crate per commit; a crate whose newer version is cached is upgraded in place; every
# 25th commit removes an older crate), plus planted test tokens (GitHub classic format
# with valid checksums) whose count is printed, so true findings can be compared.
#
#   benches/make-history-repo.sh OUT_DIR [CRATE_SOURCES]
#
# CRATE_SOURCES defaults to the first directory under $CARGO_HOME/registry/src. The result
# is deterministic for a given set of cached crates (fixed dates and authors).
set -euo pipefail
out=${1:?usage: make-history-repo.sh OUT_DIR [CRATE_SOURCES]}
src=${2:-$(ls -d "${CARGO_HOME:-$HOME/.cargo}"/registry/src/*/ | head -1)}
[ -d "$src" ] || { echo "no crate sources at $src" >&2; exit 2; }
[ -e "$out" ] && { echo "$out exists; remove it first" >&2; exit 2; }

export GIT_CONFIG_GLOBAL=/dev/null GIT_CONFIG_NOSYSTEM=1
export GIT_AUTHOR_NAME=bench GIT_AUTHOR_EMAIL=bench@example.invalid
export GIT_COMMITTER_NAME=bench GIT_COMMITTER_EMAIL=bench@example.invalid
git init -q -b main "$out"
git -C "$out" config gc.auto 0
cd "$out"

# A valid-checksum test token per number (CRC32 of the random part, base62, 6 digits).
token() {
  python3 - "$1" <<'PY'
import hashlib, sys, zlib
alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
# Random-looking (scanners reject low-entropy tokens) but reproducible.
seed = int.from_bytes(hashlib.sha256(b"tollgate bench " + sys.argv[1].encode()).digest(), "big")
random = ""
for _ in range(30):
    random += alphabet[seed % 62]
    seed //= 62
value, digits = zlib.crc32(random.encode()), ""
for _ in range(6):
    digits = alphabet[value % 62] + digits
    value //= 62
print("ghp_" + random + digits)
PY
}

commit() {
  local n=$1 message=$2
  local date="$((1600000000 + n * 3600)) +0000"
  git add -A
  GIT_AUTHOR_DATE="$date" GIT_COMMITTER_DATE="$date" git commit -q --allow-empty -m "$message"
}

n=0
planted=0
declare -a added=()
for dir in $(ls "$src" | sort -V); do
  name=$(echo "$dir" | sed -E 's/-[0-9]+\.[0-9]+\.[0-9]+.*$//')
  rm -rf "vendor/$name"
  mkdir -p "vendor/$name"
  cp -r "$src/$dir/." "vendor/$name/"
  # Nested repositories or lockfiles of the crates must not confuse git.
  find "vendor/$name" -name .git -prune -exec rm -rf {} + 2>/dev/null || true
  added+=("$name")
  n=$((n + 1))
  if [ $((n % 15)) -eq 0 ]; then
    planted=$((planted + 1))
    mkdir -p config
    printf 'API_URL=https://api.example.invalid\nGITHUB_TOKEN=%s\n' "$(token "$planted")" > "config/deploy-$planted.env"
  fi
  if [ $((n % 25)) -eq 0 ] && [ ${#added[@]} -gt 10 ]; then
    gone=${added[$((n / 25))]}
    rm -rf "vendor/$gone"
    # A planted token removed again: history still has it.
    [ -f "config/deploy-$((planted - 1)).env" ] && rm -f "config/deploy-$((planted - 1)).env"
  fi
  commit "$n" "vendor $dir"
done
git gc -q
echo "$out: $(git rev-list --count HEAD) commits, $(git count-objects -vH | grep size-pack), $planted planted tokens"
