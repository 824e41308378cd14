#!/usr/bin/env python3
"""Scores the scanners' JSON reports against labels.csv and writes the report.

    score.py --labels labels.csv --root SCANNED_DIR --reports DIR --out RESULTS_DIR [--times FILE]

DIR holds <tool>.json for each tool (tollgate, gitleaks, betterleaks, kingfisher). Scoring,
per file:
  - a positive file is detected when the tool reports a finding whose line range overlaps
    the labelled lines widened by one on each side;
  - a negative file is a false positive when the tool reports anything in it;
  - precision = detected positives / (detected positives + flagged negatives).
Writes summary.md (the tables of the README), tollgate-misses.csv/.md (per provider and
kind: what tollgate misses and which peer finds it) and tollgate-false-positives.csv.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import sys
from collections import defaultdict
from pathlib import Path

TOOLS = ["tollgate", "gitleaks", "betterleaks", "kingfisher"]
TITLES = {"tollgate": "tollgate", "gitleaks": "gitleaks", "betterleaks": "betterleaks", "kingfisher": "Kingfisher"}


def findings(tool, path):
    """(file, first line, last line, rule) of every finding in a tool's JSON report."""
    text = Path(path).read_text().strip() if Path(path).exists() else ""
    if not text:
        return []
    data = json.loads(text)
    out = []
    if tool == "tollgate":
        for f in data["findings"]:
            out.append((f["file"], f["line"], f["line"], f["rule"]))
    elif tool == "gitleaks":
        for f in data or []:
            out.append((f["File"], f["StartLine"], f.get("EndLine") or f["StartLine"], f["RuleID"]))
    elif tool == "betterleaks":
        for f in data.get("findings") or []:
            loc = f["location"]
            out.append((loc["path"], loc["start_line"], loc.get("end_line") or loc["start_line"], f["rule_id"]))
    elif tool == "kingfisher":
        for f in data.get("findings") or []:
            fi = f["finding"]
            out.append((fi["path"], int(fi["line"]), int(fi["line"]), f["rule"]["id"]))
    return out


def relative(path, root):
    p = os.path.normpath(path)
    for prefix in (os.path.normpath(root) + os.sep, os.path.realpath(root) + os.sep):
        if p.startswith(prefix):
            return p[len(prefix):]
    return p[2:] if p.startswith("./") else p


def pct(a, b):
    return f"{100 * a / b:.1f}%" if b else "n/a"


def score(labels, root, reports):
    by_path = {row["path"]: row for row in labels}
    results = {}
    for tool in TOOLS:
        report = Path(reports) / f"{tool}.json"
        if not report.exists():
            continue
        hits = defaultdict(list)
        for file, start, end, rule in findings(tool, report):
            rel = relative(file, root)
            if rel in by_path:
                hits[rel].append((start, end, rule))
        detected, offline, flagged = set(), set(), {}
        for path, row in by_path.items():
            found = hits.get(path, [])
            if row["expected"] == "positive":
                lo, hi = int(row["line"]) - 1, int(row["end_line"]) + 1
                if any(s <= hi and e >= lo for s, e, _ in found):
                    detected.add(path)
                elif found:
                    offline.add(path)
            elif found:
                flagged[path] = sorted({r for _, _, r in found})
        results[tool] = {"detected": detected, "offline": offline, "flagged": flagged,
                         "findings": sum(len(v) for v in hits.values())}
    return results


def write_reports(labels, results, out, times):
    out.mkdir(parents=True, exist_ok=True)
    tools = [t for t in TOOLS if t in results]
    pos = [r for r in labels if r["expected"] == "positive"]
    neg = [r for r in labels if r["expected"] == "negative"]
    md = []
    head = "| measure | " + " | ".join(TITLES[t] for t in tools) + " |"
    sep = "|---|" + "---|" * len(tools)

    md += ["## Overall", "", head, sep]
    row = lambda name, vals: md.append(f"| {name} | " + " | ".join(vals) + " |")
    row(f"recall (positive files detected, of {len(pos)})",
        [f"**{pct(len(results[t]['detected']), len(pos))}** ({len(results[t]['detected'])})" for t in tools])
    row(f"false positives (negative files flagged, of {len(neg)})",
        [f"**{len(results[t]['flagged'])}** ({pct(len(results[t]['flagged']), len(neg))})" for t in tools])
    row("precision (detected / (detected + flagged negatives))",
        [pct(len(results[t]["detected"]), len(results[t]["detected"]) + len(results[t]["flagged"])) for t in tools])
    found_by_any = {r["path"] for r in pos if any(r["path"] in results[t]["detected"] for t in tools)}
    row(f"recall on the positives at least one tool detects (of {len(found_by_any)})",
        [pct(len(results[t]["detected"] & found_by_any), len(found_by_any)) for t in tools])
    checksum = {r["path"] for r in neg if r["category"] == "invalid-checksum"}
    row(f"false positives without the invalid-checksum category (of {len(neg) - len(checksum)})",
        [str(len(set(results[t]["flagged"]) - checksum)) for t in tools])
    row("positive files with a finding on another line only", [str(len(results[t]["offline"])) for t in tools])
    providers = defaultdict(set)
    for r in pos:
        providers[r["provider"]].add(r["path"])
    row(f"providers with every file detected (of {len(providers)})",
        [str(sum(1 for p in providers.values() if p <= results[t]["detected"])) for t in tools])
    row("providers with no file detected",
        [str(sum(1 for p in providers.values() if not (p & results[t]["detected"]))) for t in tools])
    row("findings reported", [str(results[t]["findings"]) for t in tools])
    if times:
        row("wall time of the scan", [times.get(t, "?") for t in tools])

    md += ["", "## Recall per family", "", "| family | files | " + " | ".join(TITLES[t] for t in tools) + " |",
           "|---|---|" + "---|" * len(tools)]
    fam = defaultdict(list)
    for r in pos:
        fam[r["family"]].append(r["path"])
    for name in sorted(fam, key=lambda k: -len(fam[k])):
        paths = fam[name]
        md.append(f"| {name} | {len(paths)} | " + " | ".join(
            pct(sum(1 for p in paths if p in results[t]["detected"]), len(paths)) for t in tools) + " |")

    md += ["", "## Recall per context (how the secret is written)", "",
           "| context | files | " + " | ".join(TITLES[t] for t in tools) + " |", "|---|---|" + "---|" * len(tools)]
    ctx = defaultdict(list)
    for r in pos:
        c = r["context"].split(":")[0] if r["context"].startswith(("file:", "block:")) else r["context"]
        c = {"file": "credential file / key file", "block": "multi-line key embedded in code/config"}.get(c, c)
        ctx[c].append(r["path"])
    for name in sorted(ctx, key=lambda k: -len(ctx[k])):
        paths = ctx[name]
        md.append(f"| {name} | {len(paths)} | " + " | ".join(
            pct(sum(1 for p in paths if p in results[t]["detected"]), len(paths)) for t in tools) + " |")

    md += ["", "## False positives per negative category (files flagged)", "",
           "| category | files | " + " | ".join(TITLES[t] for t in tools) + " |", "|---|---|" + "---|" * len(tools)]
    cat = defaultdict(list)
    for r in neg:
        cat[r["category"]].append(r["path"])
    for name in sorted(cat):
        paths = cat[name]
        md.append(f"| {name} | {len(paths)} | " + " | ".join(
            str(sum(1 for p in paths if p in results[t]["flagged"])) for t in tools) + " |")
    (out / "summary.md").write_text("\n".join(md) + "\n")

    if "tollgate" not in results:
        return "\n".join(md)
    tg = results["tollgate"]
    groups = defaultdict(list)
    for r in pos:
        groups[(r["provider"], r["family"], r["kind"])].append(r)
    misses = []
    for (provider, family, kind), rows in groups.items():
        missed = [r for r in rows if r["path"] not in tg["detected"]]
        if not missed:
            continue
        peers = {t: sum(1 for r in missed if r["path"] in results[t]["detected"]) for t in tools if t != "tollgate"}
        misses.append({"provider": provider, "family": family, "kind": kind, "files": len(rows), "missed": len(missed),
                       **{f"found_by_{t}": n for t, n in peers.items()},
                       "contexts": " ".join(sorted({r["context"] for r in missed})),
                       "example": missed[0]["path"]})
    misses.sort(key=lambda m: (-max([v for k, v in m.items() if k.startswith("found_by_")] or [0]), -m["missed"],
                               m["provider"], m["kind"]))
    with (out / "tollgate-misses.csv").open("w", newline="") as f:
        w = csv.DictWriter(f, fieldnames=list(misses[0]) if misses else ["provider"], lineterminator="\n")
        w.writeheader()
        w.writerows(misses)
    peers = [t for t in tools if t != "tollgate"]
    lines = ["# What tollgate misses", "",
             f"{sum(m['missed'] for m in misses)} of {len(pos)} positive files, in {len(misses)} token kinds of "
             f"{len({m['provider'] for m in misses})} providers. Sorted by how many of the missed files a peer finds. "
             "`example` is a corpus file to try.", "",
             "| provider | family | kind | missed / files | " + " | ".join(f"{TITLES[t]} finds" for t in peers)
             + " | contexts | example |", "|---|---|---|---|" + "---|" * len(peers) + "---|---|"]
    for m in misses:
        lines.append(f"| {m['provider']} | {m['family']} | {m['kind']} | {m['missed']} / {m['files']} | "
                     + " | ".join(str(m[f"found_by_{t}"]) for t in peers)
                     + f" | {m['contexts']} | `{m['example']}` |")
    (out / "tollgate-misses.md").write_text("\n".join(lines) + "\n")

    with (out / "tollgate-false-positives.csv").open("w", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["path", "category", "rules", "also_flagged_by"])
        for path, rules in sorted(tg["flagged"].items()):
            cat_name = next(r["category"] for r in neg if r["path"] == path)
            w.writerow([path, cat_name, " ".join(rules), " ".join(t for t in peers if path in results[t]["flagged"])])
    return "\n".join(md)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--labels", required=True)
    ap.add_argument("--root", required=True, help="the directory the tools scanned")
    ap.add_argument("--reports", required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--times", help="file of `tool seconds` lines")
    a = ap.parse_args()
    with open(a.labels, newline="") as f:
        labels = list(csv.DictReader(f))
    times = {}
    if a.times and Path(a.times).exists():
        for line in Path(a.times).read_text().splitlines():
            tool, secs = line.split()
            times[tool] = f"{float(secs):.2f} s"
    on_disk = {str(p.relative_to(a.root)) for p in Path(a.root).rglob("*") if p.is_file()}
    labelled = {row["path"] for row in labels}
    if on_disk != labelled:
        extra, missing = sorted(on_disk - labelled)[:5], sorted(labelled - on_disk)[:5]
        print(f"score.py: {a.root} does not match {a.labels}: unlabelled files {extra}, "
              f"labelled files missing {missing}", file=sys.stderr)
        sys.exit(2)
    results = score(labels, a.root, a.reports)
    print(write_reports(labels, results, Path(a.out), times))


if __name__ == "__main__":
    main()
