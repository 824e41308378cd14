#!/usr/bin/env bash
# Downloads one tollgate release binary and verifies it before anything runs it: the
# archive's SHA-256 must match the release's SHA256SUMS, and, where the machine has a
# verifier, the release's signature must check (GitHub artifact attestation with `gh`, or
# the Sigstore bundle of SHA256SUMS with `cosign`). Used by action.yml; usable by hand:
#
#   scripts/install-tollgate.sh --repo OWNER/tollgate --version v0.1.0 --dest ~/.local/tollgate
#
# Prints the path of the verified binary on standard output. Every failure (no such
# release, no asset for this machine, a checksum or signature mismatch) is a message on
# standard error and exit 2, tollgate's exit code for "could not check". An archive
# already in --dest (a restored cache) is checked against SHA256SUMS again, never trusted.
set -euo pipefail

die() {
  echo "install-tollgate: error: $*" >&2
  exit 2
}
note() { echo "install-tollgate: $*" >&2; }

repo="" version="" dest="" target="" base_url="" verify="${TOLLGATE_VERIFY_SIGNATURE:-auto}"
while [ $# -gt 0 ]; do
  case "$1" in
    --repo) repo="${2:-}"; shift 2 ;;
    --version) version="${2:-}"; shift 2 ;;
    --dest) dest="${2:-}"; shift 2 ;;
    --target) target="${2:-}"; shift 2 ;;
    --base-url) base_url="${2:-}"; shift 2 ;;
    --verify-signature) verify="${2:-}"; shift 2 ;;
    -h | --help) sed -n '2,12p' "$0"; exit 0 ;;
    *) die "unknown argument \`$1\` (see --help)" ;;
  esac
done
[ -n "$repo" ] || die "--repo OWNER/NAME is required"
[ -n "$version" ] || die "--version TAG is required"
[ -n "$dest" ] || die "--dest DIR is required"
case "$verify" in auto | required | off) ;; *) die "--verify-signature: \`$verify\` is not auto, required or off" ;; esac

# The release target of this machine (what the release workflow builds).
if [ -z "$target" ]; then
  os="$(uname -s)" arch="$(uname -m)"
  case "$arch" in x86_64 | amd64) arch=x86_64 ;; aarch64 | arm64) arch=aarch64 ;; esac
  case "$os/$arch" in
    Linux/x86_64 | Linux/aarch64) target="$arch-unknown-linux-musl" ;;
    Darwin/x86_64 | Darwin/aarch64) target="$arch-apple-darwin" ;;
    MINGW*/x86_64 | MSYS*/x86_64 | CYGWIN*/x86_64 | Windows_NT/x86_64) target="x86_64-pc-windows-msvc" ;;
    *) die "no prebuilt tollgate for $os/$arch (build it from source: cargo install --locked)" ;;
  esac
fi
exe=tollgate
case "$target" in *windows*) exe=tollgate.exe ;; esac
asset="tollgate-$target.tar.gz"
server="${GITHUB_SERVER_URL:-https://github.com}"
[ -n "$base_url" ] || base_url="$server/$repo/releases/download/$version"

# Downloads $1 (a release file name) to $2; any answer but 200 is an error naming it.
fetch() {
  local url="$base_url/$1" code
  code="$(curl --silent --show-error --location --retry 2 --connect-timeout 10 --max-time 300 \
    --output "$2.part" --write-out '%{http_code}' "$url")" ||
    { rm -f "$2.part"; die "cannot download $url"; }
  if [ "$code" != 200 ]; then
    rm -f "$2.part"
    [ "$code" = 404 ] && die "$url: not found (HTTP 404): release $version of $repo has no $1"
    die "$url: HTTP $code"
  fi
  mv "$2.part" "$2"
}

sha256() {
  if command -v sha256sum >/dev/null; then
    sha256sum "$1" | cut -d' ' -f1
  elif command -v shasum >/dev/null; then
    shasum -a 256 "$1" | cut -d' ' -f1
  else
    die "neither sha256sum nor shasum is installed: cannot verify $1"
  fi
}

mkdir -p "$dest" || die "cannot create $dest"
fetch SHA256SUMS "$dest/SHA256SUMS"
# A line is "<64 hex>  <name>" (or "<hex> *<name>", binary mode).
expected="$(awk -v a="$asset" '$2 == a || $2 == "*" a { print tolower($1); exit }' "$dest/SHA256SUMS")"
[ -n "$expected" ] || die "SHA256SUMS of release $version has no entry for $asset (no prebuilt binary for $target)"
[[ "$expected" =~ ^[0-9a-f]{64}$ ]] || die "SHA256SUMS of release $version: malformed entry for $asset"

archive="$dest/$asset"
if [ -f "$archive" ] && [ "$(sha256 "$archive")" = "$expected" ]; then
  note "$asset: cached copy matches SHA256SUMS"
else
  fetch "$asset" "$archive"
  actual="$(sha256 "$archive")"
  if [ "$actual" != "$expected" ]; then
    rm -f "$archive"
    die "$asset: checksum mismatch (SHA256SUMS says $expected, the download is $actual); deleted it"
  fi
  note "$asset: SHA-256 matches SHA256SUMS"
fi

# The signature: the release's build provenance (gh) or its Sigstore bundle (cosign).
# Both are keyless: they prove the file came from this repository's release workflow.
if [ "$verify" != off ]; then
  if command -v gh >/dev/null && [ -n "${GH_TOKEN:-${GITHUB_TOKEN:-}}" ]; then
    gh attestation verify "$archive" --repo "$repo" >&2 ||
      die "$asset: its build provenance does not verify (gh attestation verify --repo $repo)"
    note "$asset: build provenance verified (gh attestation verify)"
  elif command -v cosign >/dev/null; then
    fetch SHA256SUMS.sigstore.json "$dest/SHA256SUMS.sigstore.json"
    cosign verify-blob "$dest/SHA256SUMS" --bundle "$dest/SHA256SUMS.sigstore.json" \
      --certificate-oidc-issuer https://token.actions.githubusercontent.com \
      --certificate-identity-regexp "^$server/$repo/\.github/workflows/release\.yml@refs/tags/" >&2 ||
      die "SHA256SUMS of release $version: its signature does not verify (cosign verify-blob)"
    note "SHA256SUMS: signature verified (cosign verify-blob)"
  elif [ "$verify" = required ]; then
    die "cannot verify the signature: neither gh (with GH_TOKEN) nor cosign is available"
  else
    note "signature not checked: neither gh (with GH_TOKEN) nor cosign is available; checksum only"
  fi
fi

# Only the binary is taken from the archive, whatever else it holds.
mkdir -p "$dest/bin"
tar -xzf "$archive" -C "$dest/bin" "$exe" 2>/dev/null || die "$asset: holds no $exe"
chmod +x "$dest/bin/$exe"
echo "$dest/bin/$exe"
