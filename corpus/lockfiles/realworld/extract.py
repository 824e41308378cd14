#!/usr/bin/env python3
"""Extracts historical lockfile pairs from bare git snapshots of public repositories.

    python3 corpus/lockfiles/realworld/extract.py MIRRORS_DIR [OUT_DIR]
    python3 corpus/lockfiles/realworld/extract.py --rescrub OUT_DIR
    python3 corpus/lockfiles/realworld/extract.py --sources OUT_DIR/pairs.json

MIRRORS_DIR holds one bare snapshot per repository as `<owner>+<name>/repo` (the layout the
search tool's `fetch` verb writes). OUT_DIR defaults to `corpus/lockfiles/realworld/pairs`,
which git ignores; it gets every pair, `pairs.json` and a SOURCES.md of them all. `pack.py`
then chooses the subset that is committed (`pairs.tar.zst`, with the SOURCES.md next to
this script naming the repository, commits and path of every committed file).

For every lockfile a repository has at its newest commit (test fixtures left out), the
commits that changed it are listed; a few consecutive pairs are kept (the newest, the
oldest, evenly spread ones between, and every pair where the format's version marker
changed). Each pair is written as `<eco>/<owner>+<name>/<slug>-<base8>-<head8>/{base,head}/`
with the lockfile at its repository path and the manifest (and go.mod, Pipfile, sibling
requirements files) beside it.

Registry hosts inside URLs are replaced the way `../shared/lockfiles/SOURCES.md` describes.
The hosts are not written here: they are matched by the SHA-256 of their name, so no
registry host name appears in this repository.
"""
import hashlib
import json
import os
import re
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent

LOCKFILE = re.compile(
    r"(^|/)(package-lock\.json|npm-shrinkwrap\.json|yarn\.lock|pnpm-lock\.yaml|poetry\.lock|"
    r"uv\.lock|Pipfile\.lock|pdm\.lock|pylock(\.[^/]+)?\.toml|go\.sum|go\.work|Cargo\.lock|"
    r"requirements[^/]*\.txt)$"
)
# Paths that hold other projects' lockfiles or deliberately broken ones.
SKIP = re.compile(
    r"(^|/)(node_modules|fixtures?|__fixtures__|test|tests|testdata|testing|e2e|examples?|"
    r"playground|vendor|third_party|bench|benches|benchmarks?|docs_src)/"
)
MANIFESTS = ["package.json", "pyproject.toml", "Pipfile", "go.mod", "Cargo.toml", "go.work"]

# sha256(host) -> placeholder, per ../shared/lockfiles/SOURCES.md.
PLACEHOLDERS = {
    "0dc11026ac75c015aaa1deafff4a7a54ef6d0cf6b3c7f9b1d2c8f3502929aa9e": "registry.npm.invalid",
    "a4aa2ac280bb8d1a0ce7a1be5a7bfb10292b49fe9435ad5cff19f421f3c70e41": "pypi.invalid",
    "c899567ee906851741bf7f3bde17a33777859ff9f53ff54d6f0ea54cf31ad636": "files.pypi.invalid",
    # yarn's registry, and the Python package index's former host (2017 Pipfile.lock files).
    "70bb4000cd2fab03af01fed086c6bf3c2c970f8b8b8001c311028ec3b80e775a": "registry.yarn.invalid",
    "d6d7019ca9fcbf07c769e445342515ef0c92e4f18a96adbb3bf6460f5b0ba17f": "pypi.invalid",
}
HOST = re.compile(r"(https?://)([A-Za-z0-9.-]+)")

PAIRS_PER_FILE = 4
PAIRS_PER_FILE_WIDE = 10  # formats whose history spans several layouts
FILES_PER_REPO = 4
MAX_BYTES = 4 * 1024 * 1024


def git(repo, *args, binary=False):
    out = subprocess.run(["git", "--git-dir", str(repo), *args], capture_output=True, check=True)
    return out.stdout if binary else out.stdout.decode("utf-8", "replace")


def placeholder(match):
    host = match.group(2)
    digest = hashlib.sha256(host.lower().encode()).hexdigest()
    return match.group(1) + PLACEHOLDERS.get(digest, host)


def scrub(data: bytes) -> bytes:
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return data
    return HOST.sub(placeholder, text).encode("utf-8")


def version_marker(data: bytes) -> str:
    head = data[:2000].decode("utf-8", "replace")
    for pattern in (r"lockfileVersion\W+([\d.]+)", r"__metadata:\s*\n\s*version: (\d+)",
                    r"lock[-_]version\s*=\s*\"([^\"]+)\"", r"^version = (\d+)", r"pipfile-spec\W+(\d+)"):
        m = re.search(pattern, head, re.M)
        if m:
            return m.group(1)
    return "?"


def lockfiles(repo):
    names = git(repo, "ls-tree", "-r", "--name-only", "HEAD").splitlines()
    found = [n for n in names if LOCKFILE.search(n) and not SKIP.search(n)]
    # Root-level and shallow lockfiles first: they are the project's own.
    found.sort(key=lambda n: (n.count("/"), n))
    return found[:FILES_PER_REPO]


def blob(repo, commit, path):
    try:
        size = int(git(repo, "cat-file", "-s", f"{commit}:{path}").strip())
    except subprocess.CalledProcessError:
        return None
    if size > MAX_BYTES:
        return None
    return git(repo, "show", f"{commit}:{path}", binary=True)


def companions(repo, commit, path):
    out = {}
    parent = os.path.dirname(path)
    for name in MANIFESTS:
        p = f"{parent}/{name}" if parent else name
        if p != path and (data := blob(repo, commit, p)) is not None:
            out[p] = data
    if path.endswith(".txt"):
        # `-r`/`-c` includes, followed transitively (warehouse keeps them in requirements/).
        todo = [path]
        while todo:
            current = todo.pop()
            data = out.get(current) or blob(repo, commit, current) or b""
            for line in data.decode("utf-8", "replace").splitlines():
                m = re.match(r"\s*(?:-r|-c|--requirement|--constraint)[\s=]+(\S+)", line)
                if m:
                    inc = os.path.normpath(os.path.join(os.path.dirname(current), m.group(1)))
                    if inc not in out and (d := blob(repo, commit, inc)) is not None:
                        out[inc] = d
                        todo.append(inc)
        listing = git(repo, "ls-tree", "--name-only", commit, f"{parent}/" if parent else ".")
        for p in listing.splitlines():
            if p.endswith(".txt") and p != path and (data := blob(repo, commit, p)) is not None:
                out[p] = data
    return out


def choose(pairs, markers, wide):
    """Indices of the pairs to keep: newest, oldest, spread, and every format change."""
    n = len(pairs)
    if n == 0:
        return []
    limit = PAIRS_PER_FILE_WIDE if wide else PAIRS_PER_FILE
    keep = {0, n - 1}
    keep |= {i for i in range(n) if markers[i][0] != markers[i][1]}
    step = max(1, n // limit)
    i = 0
    while len(keep) < limit and i < n:
        keep.add(i)
        i += step
    return sorted(keep)[: limit + 4]


def ecosystem(path):
    name = os.path.basename(path)
    if name in ("go.sum", "go.work"):
        return "go"
    if name == "Cargo.lock":
        return "cargo"
    if name in ("package-lock.json", "npm-shrinkwrap.json", "yarn.lock", "pnpm-lock.yaml"):
        return "npm"
    return "python"


def rescrub(out):
    """Applies the host placeholders again to pairs already extracted."""
    for f in out.rglob("*"):
        if f.is_file() and f.name != "pairs.json":
            data = f.read_bytes()
            new = scrub(data)
            if new != data:
                f.write_bytes(new)


def sources(rows, target=HERE / "SOURCES.md", committed=False):
    """SOURCES.md: repository, commits and path of every file of every pair."""
    where = (
        [
            "file), with the manifest beside it at the same commits. They are committed in",
            "`pairs.tar.zst` (chosen and packed by `pack.py`, whose docstring says how), and",
            "rebuilt from the public repositories with `python3 corpus/lockfiles/realworld/extract.py",
            "MIRRORS_DIR` followed by `python3 corpus/lockfiles/realworld/pack.py",
            "corpus/lockfiles/realworld/pairs`. Registry hosts inside URLs",
        ]
        if committed
        else [
            "file), with the manifest beside it at the same commits: every pair `extract.py`",
            "wrote into this ignored folder. `pack.py` chooses the committed subset from them.",
            "Registry hosts inside URLs",
        ]
    )
    lines = [
        "# Real-world lockfile pairs: sources",
        "",
        "Written by `extract.py` (see its docstring). Each row is one pair: the lockfile at `path`",
        "in `repo` at the `base` commit and at the `head` commit (a consecutive change of that",
        *where,
        "are replaced by `.invalid` placeholders as in `../shared/lockfiles/SOURCES.md`.",
        "",
        f"{len(rows)} pairs from {len({r['repo'] for r in rows})} repositories.",
        "",
        "| pair | repo | path | base | head | format marker (base -> head) |",
        "| --- | --- | --- | --- | --- | --- |",
    ]
    for r in rows:
        lines.append(
            f"| `{r['pair']}` | {r['repo']} | `{r['path']}` | `{r['base']}` ({r['base_date']}) "
            f"| `{r['head']}` ({r['head_date']}) | {r['format']} |"
        )
    Path(target).write_text("\n".join(lines) + "\n")


def main():
    if sys.argv[1] == "--sources":
        index = Path(sys.argv[2])
        sources(json.loads(index.read_text()), index.parent / "SOURCES.md")
        return
    if sys.argv[1] == "--rescrub":
        rescrub(Path(sys.argv[2]))
        return
    mirrors = Path(sys.argv[1])
    out = Path(sys.argv[2]) if len(sys.argv) > 2 else HERE / "pairs"
    rows = []
    for repo_dir in sorted(mirrors.iterdir()):
        repo = repo_dir / "repo"
        if (repo / ".git").is_dir():
            repo = repo / ".git"
        if not repo.is_dir():
            continue
        slug_repo = repo_dir.name
        for path in lockfiles(repo):
            log = git(repo, "log", "--format=%H %cs", "HEAD", "--", path).splitlines()
            commits = [line.split() for line in log]
            pairs = [(commits[i + 1], commits[i]) for i in range(len(commits) - 1)]
            blobs = {}

            def get(c):
                if c not in blobs:
                    blobs[c] = blob(repo, c, path)
                return blobs[c]

            wide = os.path.basename(path) in ("pdm.lock", "Pipfile.lock", "pnpm-lock.yaml", "poetry.lock")
            markers = []
            for (b, _), (h, _) in pairs:
                bb, hb = get(b), get(h)
                markers.append((version_marker(bb or b""), version_marker(hb or b"")))
            for i in choose(pairs, markers, wide):
                (base, base_date), (head, head_date) = pairs[i]
                base_blob, head_blob = get(base), get(head)
                if base_blob is None or head_blob is None:
                    continue  # deleted on one side, or too large for the snapshot
                slug = re.sub(r"[^A-Za-z0-9]+", "_", path).strip("_")
                pair = out / ecosystem(path) / slug_repo / f"{slug}-{base[:8]}-{head[:8]}"
                for side, commit, data in (("base", base, base_blob), ("head", head, head_blob)):
                    files = {path: data, **companions(repo, commit, path)}
                    for p, d in files.items():
                        target = pair / side / p
                        target.parent.mkdir(parents=True, exist_ok=True)
                        target.write_bytes(scrub(d))
                rows.append({
                    "pair": str(pair.relative_to(out)),
                    "repo": slug_repo.replace("+", "/", 1),
                    "path": path,
                    "base": base, "base_date": base_date,
                    "head": head, "head_date": head_date,
                    "format": f"{markers[i][0]} -> {markers[i][1]}",
                })
                print(rows[-1]["pair"], rows[-1]["format"], flush=True)
    (out / "pairs.json").write_text(json.dumps(rows, indent=1))
    sources(rows, out / "SOURCES.md")


if __name__ == "__main__":
    main()
