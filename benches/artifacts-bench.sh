#!/usr/bin/env bash
# Build outputs: (1) a directory of archives against the same files extracted, on real
# artifacts (the .crate files, which are .tar.gz, in cargo's registry cache); (2)
# `tollgate log --mask` on a generated log against `tollgate dir` on the same bytes, with
# peak RSS. Runs alternate between the two sides so load on the machine hits both alike.
#
#   benches/artifacts-bench.sh archives [N_CRATES]   # default 400
#   benches/artifacts-bench.sh log [SIZE_MB]         # default 1024
#   benches/artifacts-bench.sh image [SIZE_MB]       # default 2048
#
# `image` builds a `docker save` tarball whose base layer holds SIZE_MB of text files
# and reports `tollgate image`'s peak RSS (the layer is streamed, never held whole), then
# a second run's, which takes the layers from the scan cache.
#
# TOLLGATE (default target/release/tollgate), RUNS (default 3), WORK (default a temporary
# directory, removed afterwards). Nothing is downloaded.
set -euo pipefail

TOLLGATE=${TOLLGATE:-target/release/tollgate}
RUNS=${RUNS:-3}
CARGO_HOME=${CARGO_HOME:-$HOME/.cargo}
WORK=${WORK:-$(mktemp -d)}
trap 'rm -rf "$WORK"' EXIT

# Wall seconds and peak RSS (KB) of one run, on one line. A run that finds secrets exits
# 1, and time then writes a "Command exited with non-zero status" line first.
measure() {
    /usr/bin/time -f '%e %M' -o "$WORK/time" "$@" >/dev/null 2>&1 || true
    tail -n 1 "$WORK/time"
}

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

compare() { # label-a label-b; then the two commands separated by --
    local a=$1 b=$2
    shift 2
    local first=() second=()
    while [[ $1 != -- ]]; do first+=("$1"); shift; done
    shift
    second=("$@")
    : >"$WORK/a" && : >"$WORK/b"
    for _ in $(seq "$RUNS"); do
        measure "${first[@]}" >>"$WORK/a"
        measure "${second[@]}" >>"$WORK/b"
    done
    local ta tb ra rb
    ta=$(cut -d' ' -f1 "$WORK/a" | median)
    tb=$(cut -d' ' -f1 "$WORK/b" | median)
    ra=$(cut -d' ' -f2 "$WORK/a" | sort -n | tail -1)
    rb=$(cut -d' ' -f2 "$WORK/b" | sort -n | tail -1)
    printf '%-28s %8ss  %6d MB peak RSS\n' "$a" "$ta" $((ra / 1024))
    printf '%-28s %8ss  %6d MB peak RSS\n' "$b" "$tb" $((rb / 1024))
    awk -v a="$ta" -v b="$tb" -v la="$a" -v lb="$b" 'BEGIN {printf "%s / %s = %.2f\n", la, lb, a / b}'
}

archives() {
    local count=${1:-400}
    mkdir -p "$WORK/archives" "$WORK/extracted"
    # shellcheck disable=SC2012
    ls -S "$CARGO_HOME"/registry/cache/*/*.crate | head -n "$count" | while read -r crate; do
        cp "$crate" "$WORK/archives/"
        tar -xzf "$crate" -C "$WORK/extracted"
    done
    echo "$(ls "$WORK/archives" | wc -l) crates, $(du -sh "$WORK/archives" | cut -f1) compressed," \
        "$(du -sh "$WORK/extracted" | cut -f1) extracted; $(uptime)"
    compare "dir archives/" "dir extracted/ --no-ignore" \
        "$TOLLGATE" dir "$WORK/archives" --no-ignore --format json -- \
        "$TOLLGATE" dir "$WORK/extracted" --no-ignore --format json
}

log() {
    local size_mb=${1:-1024}
    # A build log: timestamped, coloured, mostly compiler lines, a few long lines.
    python3 - "$WORK/build.log" "$size_mb" <<'EOF'
import sys
path, size = sys.argv[1], int(sys.argv[2]) << 20
lines = [
    "2026-12-03T10:00:%02d.1234567Z \x1b[1m\x1b[32m   Compiling\x1b[0m crate-%d v0.%d.0\n",
    "2026-12-03T10:00:%02d.1234567Z warning: unused variable `x%d` at src/lib.rs:%d\n",
    "2026-12-03T10:00:%02d.1234567Z + npm ci --no-audit --prefer-offline # step %d of %d\n",
    "2026-12-03T10:00:%02d.1234567Z test tests::case_%d ... ok (%d ms)\n",
]
block = "".join(lines[i % 4] % (i % 60, i, i % 97) for i in range(20000)).encode()
with open(path, "wb") as out:
    written = 0
    while written < size:
        out.write(block)
        written += len(block)
EOF
    echo "$(du -h "$WORK/build.log" | cut -f1) log; $(uptime)"
    compare "log --mask" "dir (same file)" \
        "$TOLLGATE" log --mask "$WORK/build.log" -- \
        "$TOLLGATE" dir "$WORK/build.log" --max-file-size 4G --format json
}

image() {
    local size_mb=${1:-2048}
    python3 - "$WORK/image.tar" "$size_mb" <<'EOF'
import hashlib, io, json, sys, tarfile
path, size = sys.argv[1], int(sys.argv[2]) << 20
text = "".join("export PATH=/usr/local/bin:$PATH # config line %d of a base image\n" % i
               for i in range(16000)).encode()  # about 1 MiB per file

def member(tar, name, data):
    info = tarfile.TarInfo(name)
    info.size = len(data)
    tar.addfile(info, io.BytesIO(data))

# Layers are written to files of their own, then copied into the image.
layers = []
for n, (count, whiteout) in enumerate([(size // len(text) + 1, None), (0, "app/.wh.cache")]):
    layer = "%s.layer%d" % (path, n)
    with tarfile.open(layer, "w", format=tarfile.USTAR_FORMAT) as tar:
        for i in range(count):
            member(tar, "usr/share/base/file%05d.txt" % i, text)
        if whiteout:
            member(tar, whiteout, b"")
    digest = hashlib.sha256()
    with open(layer, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    layers.append((layer, digest.hexdigest()))
config = json.dumps({
    "architecture": "amd64", "os": "linux", "config": {"Env": ["PATH=/usr/bin"]},
    "rootfs": {"type": "layers", "diff_ids": ["sha256:" + d for _, d in layers]},
    "history": [{"created_by": "COPY base /"}, {"created_by": "RUN rm -rf /app/cache"}],
}).encode()
config_name = "blobs/sha256/" + hashlib.sha256(config).hexdigest()
with tarfile.open(path, "w", format=tarfile.USTAR_FORMAT) as image:
    for layer, digest in layers:
        image.add(layer, "blobs/sha256/" + digest)
    member(image, config_name, config)
    manifest = [{"Config": config_name, "RepoTags": ["bench:1"],
                 "Layers": ["blobs/sha256/" + d for _, d in layers]}]
    member(image, "manifest.json", json.dumps(manifest).encode())
EOF
    rm -f "$WORK"/image.tar.layer*
    echo "$(du -h "$WORK/image.tar" | cut -f1) image; $(uptime)"
    mkdir -p "$WORK/cache"
    local run
    for label in "image, layers scanned" "image, layers cached"; do
        run=$(TOLLGATE_CACHE_DIR="$WORK/cache" measure "$TOLLGATE" image "$WORK/image.tar" --max-archive-bytes 64G --format json)
        printf '%-28s %8ss  %6d MB peak RSS\n' "$label" "${run% *}" $((${run#* } / 1024))
    done
}

case ${1:-} in
archives) archives "${2:-}" ;;
log) log "${2:-}" ;;
image) image "${2:-}" ;;
*) echo "usage: $0 archives [N_CRATES] | log [SIZE_MB] | image [SIZE_MB]" >&2; exit 2 ;;
esac
