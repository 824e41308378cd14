#!/usr/bin/env python3
"""Chooses the committed subset of the extracted real-world pairs and packs it.

    python3 corpus/lockfiles/realworld/pack.py PAIRS_DIR

PAIRS_DIR is what extract.py wrote (all pairs, with pairs.json). For every lockfile of every
repository, up to PER_FILE pairs are kept: the largest, every pair whose format marker
changes (a migration, the most unusual files), then the newest, so every repository and
every format stays in. They are written to `pairs.tar.zst` beside this script (a tar
archive, zstd level 19 with a 128 MiB window: a head is mostly its base, which a long
window stores once), with the subset's pairs.json inside; SOURCES.md is rewritten to
list exactly the committed pairs, and yaml-before-swap.tsv keeps the rows of committed
files only. tests/deps_realworld.rs and benches/parse_diff.rs read the archive.
"""
import io
import json
import os
import subprocess
import sys
import tarfile
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
PER_FILE = 2
ARCHIVE = HERE / "pairs.tar.zst"

sys.path.insert(0, str(HERE))
import extract  # noqa: E402  (its SOURCES.md writer)


def size(d: Path) -> int:
    return sum(f.stat().st_size for f in d.rglob("*") if f.is_file())


def choose(rows, root: Path):
    by_file = defaultdict(list)
    for r in rows:
        r["_size"] = size(root / r["pair"])
        by_file[(r["repo"], r["path"])].append(r)
    kept = []
    for pairs in by_file.values():
        migrations = [r for r in pairs if r["format"].split(" -> ")[0] != r["format"].split(" -> ")[-1]]
        order = [max(pairs, key=lambda r: r["_size"])] + migrations + pairs  # pairs: newest first
        chosen = []
        for r in order:
            if r not in chosen and len(chosen) < PER_FILE:
                chosen.append(r)
        kept += chosen
    keep = {id(r) for r in kept}
    return [r for r in rows if id(r) in keep]  # extract.py's order


def main():
    root = Path(sys.argv[1])
    rows = json.loads((root / "pairs.json").read_text())
    subset = choose(rows, root)
    for r in subset:
        del r["_size"]
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w", format=tarfile.PAX_FORMAT) as tar:
        def add(name, data):
            info = tarfile.TarInfo(name)
            info.size, info.mtime, info.mode = len(data), 0, 0o644
            tar.addfile(info, io.BytesIO(data))
        add("pairs.json", (json.dumps(subset, indent=1) + "\n").encode())
        for r in subset:
            for f in sorted((root / r["pair"]).rglob("*")):
                if f.is_file():
                    add(str(f.relative_to(root)), f.read_bytes())
    raw = buf.getvalue()
    packed = subprocess.run(["zstd", "-19", "--long=27", "-q", "-c"], input=raw,
                            capture_output=True, check=True).stdout
    ARCHIVE.write_bytes(packed)
    extract.sources(subset, HERE / "SOURCES.md", committed=True)
    committed = {f"{r['pair']}/{side}/{r['path']}" for r in subset for side in ("base", "head")}
    tsv = HERE / "yaml-before-swap.tsv"
    rows_before = tsv.read_text().splitlines()
    kept_rows = [l for l in rows_before if l.split("\t")[0] in committed]
    tsv.write_text("".join(l + "\n" for l in kept_rows))
    print(f"yaml-before-swap.tsv: {len(kept_rows)} of {len(rows_before)} rows kept")
    print(f"{len(subset)} of {len(rows)} pairs, {len({r['repo'] for r in subset})} repositories, "
          f"{len(raw) / 1e6:.1f} MB in the tar, {len(packed) / 1e6:.1f} MB packed")


if __name__ == "__main__":
    main()
