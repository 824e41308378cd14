#!/usr/bin/env python3
"""Compares zizmor's and tollgate's findings on the audits both have.

Usage: compare.py OUT_DIR   (the directory run.sh fills)

A zizmor finding is matched when tollgate reports the mapped check in the same file: on
a line inside the finding's primary span for the line-level audits, anywhere in the file
for the file-level ones (where the two tools point at different nodes: zizmor at the
trigger or the permissions key, tollgate at the step or job that makes it dangerous). A
tollgate finding is matched the same way in the other direction; the unmatched ones are
counted apart when they are at low severity (information under the default policy: shown
for review, never blocking). Prints a Markdown table and writes every unmatched finding to
OUT_DIR/disagreements.txt.
"""
import json
import os
import sys
from collections import defaultdict

# zizmor audit -> (tollgate check, matched by line span or by file)
SHARED = {
    "unpinned-uses": ("unpinned-action", "line"),
    "template-injection": ("template-injection", "line"),
    "dangerous-triggers": ("dangerous-trigger", "file"),
    "excessive-permissions": ("excessive-permissions", "file"),
    "secrets-inherit": ("secrets-inherit", "file"),
    "self-hosted-runner": ("self-hosted-on-pr", "file"),
    "unpinned-images": ("unpinned-image", "line"),
}


def zizmor_findings(path, tree):
    """zizmor's findings on the shared audits, or None when it did not finish."""
    try:
        data = json.load(open(path))
    except (OSError, ValueError):
        return None
    found = []
    for f in data:
        if f["ident"] not in SHARED:
            continue
        for loc in f["locations"]:
            if loc["symbolic"]["kind"] != "Primary":
                continue
            file = loc["symbolic"]["key"]["Local"]["verbatim_path"]
            file = os.path.relpath(file, tree) if os.path.isabs(file) else os.path.relpath(file, tree)
            span = loc["concrete"]["location"]
            start = span["start_point"]["row"] + 1
            end = span["end_point"]["row"] + 1
            found.append((f["ident"], file, start, end, f["desc"]))
            break
    return found


def tollgate_findings(path):
    try:
        data = json.load(open(path))
    except (OSError, ValueError):
        return []
    return [
        (f["check"], f["file"], f["line"], f["message"], f["severity"])
        for f in data["findings"]
        if f["kind"] == "pipeline"
    ]


def main(out):
    # zizmor, matched, tollgate, matched, unmatched at low severity
    counts = defaultdict(lambda: [0, 0, 0, 0, 0])
    repos = 0
    files = 0
    unmatched = []
    failed = []
    for entry in sorted(os.listdir(out)):
        tree = os.path.join(out, entry)
        if not os.path.isdir(tree):
            continue
        zs = zizmor_findings(tree + ".zizmor.json", tree)
        if zs is None:
            failed.append(entry)
            continue
        repos += 1
        for _, _, names in os.walk(tree):
            files += len(names)
        ts = tollgate_findings(tree + ".tollgate.json")
        for ident, file, start, end, desc in zs:
            check, how = SHARED[ident]
            hit = any(
                c == check and f == file and (how == "file" or start <= line <= end)
                for c, f, line, _, _ in ts
            )
            counts[ident][0] += 1
            counts[ident][1] += hit
            if not hit:
                unmatched.append(f"zizmor-only {ident} {entry}/{file}:{start} {desc}")
        reverse = {v[0]: (k, v[1]) for k, v in SHARED.items()}
        for check, file, line, message, severity in ts:
            if check not in reverse:
                continue
            ident, how = reverse[check]
            hit = any(
                i == ident and f == file and (how == "file" or s <= line <= e)
                for i, f, s, e, _ in zs
            )
            counts[ident][2] += 1
            counts[ident][3] += hit
            if not hit:
                counts[ident][4] += severity == "low"
                unmatched.append(f"tollgate-only {check} {entry}/{file}:{line} {severity}: {message}")
    print(f"{repos} repositories, {files} workflow and action files")
    for entry in failed:
        print(f"(left out: {entry}, where zizmor did not finish; see its .zizmor.err)")
    print()
    print("| zizmor audit | tollgate check | zizmor findings | of them tollgate has | tollgate findings | of them zizmor has | of the rest, low (information) |")
    print("|---|---|---|---|---|---|---|")
    for ident, (check, _) in SHARED.items():
        z, zm, t, tm, low = counts[ident]
        print(f"| {ident} | {check} | {z} | {zm} | {t} | {tm} | {low} |")
    with open(os.path.join(out, "disagreements.txt"), "w") as f:
        f.write("\n".join(unmatched) + "\n")


if __name__ == "__main__":
    main(sys.argv[1])
