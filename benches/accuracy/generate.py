#!/usr/bin/env python3
"""Generates the labelled accuracy corpus from formats.psv (positives) and negatives.py.

    python3 benches/accuracy/generate.py            # rewrites corpus/ and labels.csv

Deterministic: each row of the table and each negative category has its own
`random.Random` seeded from SEED and its name, so the same table and code give the same
corpus byte for byte, and editing one row changes only that row's files (the corpus is
committed; run.sh does not regenerate it).
Each positive file holds exactly one secret; labels.csv names its provider, family, kind
and the line (and last line, for multi-line keys) where it is.
"""

from __future__ import annotations

import csv
import random
import shutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.dont_write_bytecode = True  # keep the bench folder free of __pycache__

import contexts as C  # noqa: E402
import files as F  # noqa: E402
import negatives as N  # noqa: E402
import tokens as T  # noqa: E402

SEED = 20261203
CORPUS = HERE / "corpus"
LABELS = HERE / "labels.csv"


def read_formats(path=HERE / "formats.psv"):
    rows = []
    for lineno, line in enumerate(path.read_text().splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cols = [c.strip() for c in line.split(" | ")]
        if len(cols) != 9:
            raise SystemExit(f"formats.psv:{lineno}: expected 9 columns, found {len(cols)}")
        provider, family, kind, var, template, n, opts, source, evidence = cols
        options = {"pair": [], "files": []}
        for opt in filter(None, (o.strip() for o in opts.split(";"))):
            key, _, value = opt.partition("=")
            if key == "pair":
                pvar, _, ptemplate = value.partition("=")
                options["pair"].append((pvar, ptemplate))
            elif key == "files":
                options["files"] = value.split(",")
            elif key == "hdr":
                name, _, scheme = value.partition(":")
                options["hdr"] = (name.strip(), scheme.strip())
            else:
                options[key] = value
        for f in options["files"]:
            if f not in F.SHAPES:
                raise SystemExit(f"formats.psv:{lineno}: unknown file shape {f!r}")
        rows.append(dict(provider=provider, family=family, kind=kind, var=var, template=template, n=int(n),
                         options=options, source=source, evidence=evidence, line=lineno))
    return rows


def weighted(rng, items):
    total = sum(w for *_, w in items)
    r = rng.uniform(0, total)
    for item in items:
        r -= item[-1]
        if r <= 0:
            return item
    return items[-1]


def plan_contexts(rng, row):
    """Which context each of the row's files uses: its file shapes first, then a header
    and a URL form where the provider documents one, then assignments in varied files."""
    opts = row["options"]
    shape = opts.get("shape")
    plan = [("file:" + f, F.SHAPES[f]) for f in opts["files"]]
    if shape == "file":
        return [plan[i % len(plan)] for i in range(row["n"])]
    if shape == "block":
        rest = [(n, f) for n, f in C.BLOCK_CONTEXTS]
        rng.shuffle(rest)
        return (plan + [("block:" + n, f) for n, f in rest] * 3)[: row["n"]]
    if "hdr" in opts:
        name, fn = rng.choice(C.HDR_CONTEXTS)
        plan.append((name, fn))
    if "url" in opts:
        name, fn = rng.choice(C.URL_CONTEXTS)
        plan.append((name, fn))
    used = set()
    while len(plan) < row["n"]:
        name, fn, _ = weighted(rng, C.KV_CONTEXTS)
        if name in used and len(used) < len(C.KV_CONTEXTS):
            continue
        used.add(name)
        plan.append((name, fn))
    return plan[: row["n"]]


def make_positive(rng, row, context):
    name, fn = context
    ctx = {}
    opts = row["options"]
    value = "" if row["template"] == "-" else T.expand(row["template"], rng, ctx)
    if opts.get("shape") == "block" and not name.startswith("file:"):
        value = F.KEYGEN[opts["files"][0]][0](rng)
    pairs = [(v, T.expand(t, rng, ctx)) for v, t in opts["pair"]]
    s = C.Secret(row["provider"], row["family"], row["kind"], row["var"] if row["var"] != "-" else "SECRET",
                 value, pairs, opts.get("hdr"), opts.get("url"), ctx)
    path, content, needle = fn(rng, s)
    return path, content, needle, name


def locate(content, needle, where):
    idx = content.find(needle)
    if idx < 0 or not needle:
        raise SystemExit(f"{where}: the secret is not in the generated file")
    line = content.count("\n", 0, idx) + 1
    return line, line + needle.rstrip("\n").count("\n")


def write(root, rel_dir, path, content):
    target = root / rel_dir / path
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(content)
    return f"{rel_dir}/{path}"


def main():
    rows = read_formats()
    if CORPUS.exists():
        shutil.rmtree(CORPUS)
    labels = []
    count = 0
    for row in rows:
        # One random stream per row and per negative category, so adding or editing a row
        # leaves every other file as it was.
        rng = random.Random(f"{SEED}/{row['provider']}/{row['kind']}")
        for context in plan_contexts(rng, row):
            count += 1
            path, content, needle, ctx_name = make_positive(rng, row, context)
            line, end = locate(content, needle, f"formats.psv:{row['line']} ({row['provider']} {row['kind']})")
            rel = write(CORPUS, f"positive/p{count:04d}", path, content)
            labels.append(dict(path=rel, expected="positive", provider=row["provider"], family=row["family"],
                               kind=row["kind"], line=line, end_line=end, context=ctx_name, category=""))
    count = 0
    for category, (gen, n) in N.CATEGORIES.items():
        rng = random.Random(f"{SEED}/negative/{category}")
        for _ in range(n):
            count += 1
            path, content = gen(rng)
            rel = write(CORPUS, f"negative/n{count:04d}", path, content)
            labels.append(dict(path=rel, expected="negative", provider="", family="", kind="", line="", end_line="",
                               context="", category=category))
    with LABELS.open("w", newline="") as f:
        w = csv.DictWriter(f, fieldnames=list(labels[0]), lineterminator="\n")
        w.writeheader()
        w.writerows(labels)
    pos = sum(1 for x in labels if x["expected"] == "positive")
    providers = len({x["provider"] for x in labels if x["provider"]})
    print(f"{pos} positive files ({providers} providers, {len(rows)} token kinds), {len(labels) - pos} negative files")


if __name__ == "__main__":
    main()
