#!/usr/bin/env python3
"""Writes data/popular/{npm,pypi,crates,go}.txt; see README.md beside this file.

usage: make.py PACKAGES_DIR LOCKFILE_CORPUS CARGO_REGISTRY_CACHE
"""
import csv
import pathlib
import re
import sys

TOP = 5000
# Names ranked below TOP but above these are established: compared with nothing, and never
# reported as resembling a popular one (data/popular/README.md says why).
ESTABLISHED_NPM = 50000
HERE = pathlib.Path(__file__).resolve().parent
csv.field_size_limit(1 << 30)


def rows(path):
    with open(path, newline="", encoding="utf-8") as f:
        reader = csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE)
        next(reader)
        yield from reader


def pep503(name):
    return re.sub(r"[-_.]+", "-", name).lower()


def write(name, header, names):
    lines = [f"# {line}" for line in header] + sorted(set(names))
    (HERE / f"{name}.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")


def main(packages, corpus, cargo_cache):
    packages, corpus, cargo_cache = map(pathlib.Path, (packages, corpus, cargo_cache))

    npm = [(int(r[2]), r[0].lower()) for r in rows(packages / "npm.tsv") if len(r) > 2 and r[2].isdigit()]
    npm.sort(key=lambda t: (-t[0], t[1]))
    write("npm", [
        f"The {TOP} npm package names with the most downloads a month, from the npm package",
        "list kept with the build environment (npm.tsv: name, version, downloads_a_month).",
        "Made by data/popular/make.py; see data/popular/README.md.",
    ], [n for _, n in npm[:TOP]])
    write("npm-established", [
        f"npm package names ranked {TOP + 1} to {ESTABLISHED_NPM} by downloads a month (npm.tsv, as",
        "for npm.txt): long-standing packages that the typosquat check never flags.",
        "Made by data/popular/make.py; see data/popular/README.md.",
    ], [n for _, n in npm[TOP:ESTABLISHED_NPM]])

    pypi = [(int(r[3]), pep503(r[0])) for r in rows(packages / "pypi.tsv") if len(r) > 3 and r[3].isdigit()]
    pypi.sort()
    write("pypi", [
        f"The PyPI projects ranked 1 to {TOP} by downloads, from the PyPI package list kept",
        "with the build environment (pypi.tsv: rank_among_15000_most_downloaded),",
        "PEP 503-normalised. Made by data/popular/make.py; see data/popular/README.md.",
    ], [n for rank, n in pypi if rank <= TOP])
    write("pypi-established", [
        f"PyPI projects ranked {TOP + 1} to 15000 by downloads (pypi.tsv ranks the 15,000 most",
        "downloaded), PEP 503-normalised: long-standing projects that the typosquat check",
        "never flags. Made by data/popular/make.py; see data/popular/README.md.",
    ], [n for rank, n in pypi if rank > TOP])

    crates = set()
    for f in cargo_cache.glob("*/*.crate"):
        m = re.match(r"^(.*?)-(\d+\.\d+\.\d+.*)\.crate$", f.name)
        if m:
            crates.add(m.group(1).lower())
    for lock in corpus.glob("cargo/*/*/Cargo.lock"):
        crates.update(n.lower() for n in re.findall(r'^name = "([^"]+)"', lock.read_text(), re.M))
    write("crates", [
        "Crate names used by real projects: the local cargo registry cache of the build",
        "machine (this project's dependency tree) and the Cargo.lock files of the shared",
        "lockfile corpus. No download ranking was available offline.",
        "Made by data/popular/make.py; see data/popular/README.md.",
    ], crates)

    go = set()
    for s in corpus.glob("go/*/*/go.sum"):
        go.update(line.split()[0] for line in s.read_text().splitlines() if line.strip())
    for r in rows(packages / "go-partial.tsv"):
        if len(r) > 1 and r[1] != "not-served":
            go.add(r[0])
    write("go", [
        "Go module paths used by real projects: the go.sum files of the shared lockfile",
        "corpus and the Go module list kept with the build environment (go-partial.tsv,",
        "less modules marked not-served). No download ranking was available offline.",
        "Made by data/popular/make.py; see data/popular/README.md.",
    ], go)


if __name__ == "__main__":
    main(*sys.argv[1:4])
