#!/usr/bin/env python3
"""Writes the expected dependency diff of every pair in corpus/lockfiles/pairs.

Independent of tollgate's Rust parsers: each side is read with the ecosystem's own tool
where one is installed here, otherwise with Python's standard parsers:

  package-lock.json  `npm ls --all --json --package-lock-only` (npm's own reader of the
                     lockfile), entries without a version (unmet optional peers) dropped,
                     aliases mapped to the real name through the `/<name>/-/` tarball path
  yarn.lock v1       a small regular-expression reader written here (yarn is not installed)
  yarn berry, pnpm   PyYAML
  poetry, uv, Cargo  tomllib
  Pipfile.lock       json
  requirements.txt   pip's own requirements-file parser (pip._internal.req.req_file)
  go.sum             its lines, without the `/go.mod` ones

Counting follows pairs/SOURCES.md: identity is the (PEP 503-normalised)
name; local packages (workspace members, path dependencies, the root project) are left
out; for a name present on both sides whose version set changed, the versions the sides
share are unchanged, the others are paired in ascending version order (each pair is one
"changed"), and the unpaired rest are added / removed.

Run from the repository root:  python3 corpus/lockfiles/make_expected.py
"""
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import tomllib
from pathlib import Path

import yaml
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name
from packaging.version import InvalidVersion, Version

OUT = Path(__file__).resolve().parent
PAIRS = OUT / "pairs"


def npm_ls(side: Path):
    with tempfile.TemporaryDirectory() as tmp:
        for f in side.iterdir():
            shutil.copy(f, tmp)
        out = subprocess.run(["npm", "ls", "--all", "--json", "--package-lock-only"], cwd=tmp,
                             capture_output=True, text=True, check=False).stdout
    tree = json.loads(out)
    found = set()

    def walk(node):
        for key, dep in node.get("dependencies", {}).items():
            version = dep.get("version")
            resolved = dep.get("resolved") or ""
            if version is None and resolved.startswith("git"):
                version = resolved  # SOURCES.md: a versionless git dependency counts by its URL
            if version is not None and not resolved.startswith("file:"):
                m = re.search(r"/((?:@[^/]+/)?[^/@]+)/-/[^/]+\.tgz", resolved)
                name = m.group(1) if m and m.group(1) != key else key
                found.add((name, version))
            walk(dep)

    walk(tree)
    return found


YARN_HEADER = re.compile(r'^("?)(@?[^@"]+)@')


def yarn_v1(text: str):
    found, name = set(), None
    for line in text.splitlines():
        if line and not line.startswith((" ", "#")):
            first = line.rstrip(":").split(",")[0].strip().strip('"')
            spec_name, _, rng = first[1:].partition("@")
            spec_name = first[0] + spec_name
            name = rng[4:].rsplit("@", 1)[0] if rng.startswith("npm:") else spec_name
            if rng.startswith("npm:") and rng[4:].startswith("@"):
                name = "@" + rng[5:].split("@", 1)[0]
        m = re.match(r'^  version "?([^"]+)"?$', line)
        if m and name:
            found.add((name, m.group(1)))
    return found


def yarn_berry(text: str):
    found = set()
    for key, entry in yaml.safe_load(text).items():
        if key == "__metadata":
            continue
        res = entry["resolution"]
        at = res.index("@", 1)
        if res[at + 1:].startswith(("workspace:", "link:", "portal:", "file:")):
            continue
        found.add((res[:at], str(entry["version"])))
    return found


def pnpm(text: str):
    doc = yaml.safe_load(text)
    major = str(doc["lockfileVersion"]).split(".")[0]
    found = set()
    for key, entry in (doc.get("packages") or {}).items():
        if entry.get("name") and entry.get("version"):
            found.add((entry["name"], entry["version"]))
            continue
        k = key.lstrip("/")
        if major == "5":
            name, _, version = k.rpartition("/")
            version = version.split("_")[0]
        else:
            k = k.split("(")[0]
            at = k.index("@", 1)
            name, version = k[:at], k[at + 1:]
        found.add((name, version))
    return found


def cargo(text: str):
    return {(p["name"], p["version"]) for p in tomllib.loads(text)["package"] if "source" in p}


def poetry(text: str):
    return {(canonicalize_name(p["name"]), p["version"]) for p in tomllib.loads(text)["package"]
            if p.get("source", {}).get("type") not in ("directory", "file")}


def uv(text: str):
    return {(canonicalize_name(p["name"]), p.get("version")) for p in tomllib.loads(text)["package"]
            if not {"editable", "virtual", "directory", "path"} & set(p.get("source", {}))}


def pipfile(text: str):
    doc = json.loads(text)
    found = set()
    for section in ("default", "develop"):
        for name, e in doc.get(section, {}).items():
            if "path" in e:
                continue
            v = e.get("version", "")
            found.add((canonicalize_name(name), v[2:] if v.startswith("==") else v or None))
    return found


def requirements(path: Path):
    from pip._internal.network.session import PipSession
    from pip._internal.req.req_file import parse_requirements
    found = set()
    for parsed in parse_requirements(str(path), session=PipSession()):
        req = Requirement(parsed.requirement)
        pins = [s.version for s in req.specifier if s.operator in ("==", "===")]
        found.add((canonicalize_name(req.name), pins[0] if len(pins) == 1 else str(req.specifier) or None))
    return found


def go_sum(text: str):
    found = set()
    for line in text.splitlines():
        fields = line.split()
        if len(fields) == 3 and not fields[1].endswith("/go.mod"):
            found.add((fields[0], fields[1]))
    return found


def read_side(side: Path):
    names = {p.name: p for p in side.rglob("*") if p.is_file()}
    if "package-lock.json" in names:
        return npm_ls(side), "npm ls --all --json --package-lock-only"
    if "yarn.lock" in names:
        text = names["yarn.lock"].read_text()
        if "\n__metadata:" in text:
            return yarn_berry(text), "PyYAML over yarn.lock (berry), resolution name, workspace entries left out"
        return yarn_v1(text), "regular-expression reader of yarn.lock v1 headers and version lines"
    if "pnpm-lock.yaml" in names:
        return pnpm(names["pnpm-lock.yaml"].read_text()), "PyYAML over pnpm-lock.yaml packages keys"
    if "Cargo.lock" in names:
        return cargo(names["Cargo.lock"].read_text()), "tomllib over Cargo.lock, packages with a source"
    if "poetry.lock" in names:
        return poetry(names["poetry.lock"].read_text()), "tomllib over poetry.lock"
    if "uv.lock" in names:
        return uv(names["uv.lock"].read_text()), "tomllib over uv.lock, editable/virtual members left out"
    if "Pipfile.lock" in names:
        return pipfile(names["Pipfile.lock"].read_text()), "json over Pipfile.lock, path entries left out"
    if "go.sum" in names:
        return go_sum(names["go.sum"].read_text()), "go.sum lines without /go.mod"
    txt = [p for n, p in names.items() if n.endswith(".txt")]
    if txt:
        return requirements(txt[0]), "pip's requirements-file parser"
    raise SystemExit(f"no lockfile in {side}")


def version_key(v):
    if v is None:
        return (0, ())
    s = v[1:] if v.startswith("v") and v[1:2].isdigit() else v
    s = s.replace("+incompatible", "")
    try:
        return (1, Version(s))
    except InvalidVersion:
        m = re.match(r"^(\d+)\.(\d+)\.(\d+)(?:-([0-9A-Za-z.-]+))?", s)
        if not m:
            return (2, s)
        pre = m.group(4)
        pre_key = (1,) if pre is None else (0, tuple((0, int(p), "") if p.isdigit() else (1, 0, p) for p in pre.split(".")))
        return (1, Version(f"{m.group(1)}.{m.group(2)}.{m.group(3)}"), pre_key)


def sort_versions(vs):
    try:
        return sorted(vs, key=version_key)
    except TypeError:
        return sorted(vs, key=lambda v: str(v))


def diff(base, head):
    names = {}
    for side, pkgs in (("base", base), ("head", head)):
        for name, version in pkgs:
            names.setdefault(name, {"base": set(), "head": set()})[side].add(version)
    added, removed, changed = [], [], []
    for name in sorted(names):
        b, h = names[name]["base"], names[name]["head"]
        only_b, only_h = sort_versions(b - h), sort_versions(h - b)
        pairs = min(len(only_b), len(only_h)) if b and h else 0
        for old, new in zip(only_b[:pairs], only_h[:pairs]):
            changed.append([name, old, new])
        removed += [[name, v] for v in only_b[pairs:]]
        added += [[name, v] for v in only_h[pairs:]]
    return added, removed, changed


def main():
    for eco_dir in sorted(p for p in PAIRS.iterdir() if p.is_dir()):
        for pair in sorted(eco_dir.iterdir()):
            base, how_b = read_side(pair / "base")
            head, how_h = read_side(pair / "head")
            added, removed, changed = diff(base, head)
            record = {
                "pair": f"{eco_dir.name}/{pair.name}",
                "how": how_b if how_b == how_h else f"base: {how_b}; head: {how_h}",
                "head_total": len(head),
                "counts": {"added": len(added), "removed": len(removed), "changed": len(changed)},
                "added": added,
                "removed": removed,
                "changed": changed,
            }
            out = OUT / eco_dir.name / f"{pair.name}.json"
            out.parent.mkdir(parents=True, exist_ok=True)
            out.write_text(json.dumps(record, indent=1) + "\n")
            print(f"{record['pair']:45} total {len(head):5} +{len(added):3} -{len(removed):3} ~{len(changed):3}")


if __name__ == "__main__":
    sys.exit(main())
