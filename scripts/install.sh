#!/bin/sh
# Install a released iamctl binary, its SHA-256 checksum verified first.
# POSIX sh (Alpine, GitLab runners, GitHub's bash on Windows). Used by the
# composite action .github/actions/setup-iamctl and the README's "In CI".
#
#   IAMCTL_VERSION=1.2.3 sh install.sh          # or: sh install.sh 1.2.3
#   sh install.sh --print-target                # the archive this machine takes
#
# Environment:
#   IAMCTL_VERSION       the version to install (required; a leading `v` is fine)
#   IAMCTL_SHA256        the archive's expected SHA-256, pinned in your CI
#                        configuration (recommended): it is then the one the
#                        archive must match, and the `.sha256` published beside
#                        the archive is not needed
#   IAMCTL_INSTALL_DIR   where the binary goes (default: $HOME/.local/bin)
#   IAMCTL_TARGET        the target triple (default: this machine's; Linux takes
#                        the static musl build, which runs in any container)
#   IAMCTL_REPO          GitHub owner/name (default: iamctl/iamctl)
#   IAMCTL_DOWNLOAD_URL  where the archives are: an https:// or file:// URL, or a
#                        local directory (default: the GitHub release of the
#                        version, https://github.com/$IAMCTL_REPO/releases/download/vVERSION)
#
# Prints the installed binary's path on stdout; says what it did on stderr.
# A checksum that does not match installs nothing and exits 1.
set -eu

say() { printf 'iamctl install: %s\n' "$*" >&2; }
die() { say "$*"; exit 1; }

target() {
  os=$(uname -s)
  arch=$(uname -m)
  case "$arch" in
    x86_64 | amd64) arch=x86_64 ;;
    aarch64 | arm64) arch=aarch64 ;;
    *) die "no released binary for the architecture $arch (build from source: cargo install iamctl)" ;;
  esac
  case "$os" in
    Linux) echo "$arch-unknown-linux-musl" ;;
    Darwin) echo "$arch-apple-darwin" ;;
    MINGW* | MSYS* | CYGWIN* | Windows_NT) echo "x86_64-pc-windows-msvc" ;;
    *) die "no released binary for $os (build from source: cargo install iamctl)" ;;
  esac
}

if [ "${1:-}" = "--print-target" ]; then
  target
  exit 0
fi

version=${1:-${IAMCTL_VERSION:-}}
[ -n "$version" ] || die "say which version: IAMCTL_VERSION=1.2.3 (see the releases of ${IAMCTL_REPO:-iamctl/iamctl})"
version=${version#v}
target=${IAMCTL_TARGET:-$(target)}
repo=${IAMCTL_REPO:-iamctl/iamctl}
base=${IAMCTL_DOWNLOAD_URL:-https://github.com/$repo/releases/download/v$version}
base=${base%/}
dir=${IAMCTL_INSTALL_DIR:-$HOME/.local/bin}

name="iamctl-v$version-$target"
case "$target" in
  *windows*) archive="$name.zip"; exe="iamctl.exe" ;;
  *) archive="$name.tar.gz"; exe="iamctl" ;;
esac

work=$(mktemp -d 2>/dev/null || mktemp -d -t iamctl)
trap 'rm -rf "$work"' EXIT INT TERM

# fetch NAME: from the download URL into the work directory.
fetch() {
  case "$base" in
    https://* | http://*)
      if command -v curl >/dev/null 2>&1; then
        curl -fsSL --retry 3 -o "$work/$1" "$base/$1"
      elif command -v wget >/dev/null 2>&1; then
        wget -q -O "$work/$1" "$base/$1"
      else
        die "neither curl nor wget is installed"
      fi
      ;;
    file://*) cp "${base#file://}/$1" "$work/$1" ;;
    *) cp "$base/$1" "$work/$1" ;;
  esac
}

sha256() {
  if command -v sha256sum >/dev/null 2>&1; then
    sha256sum "$1" | cut -d' ' -f1
  elif command -v shasum >/dev/null 2>&1; then
    shasum -a 256 "$1" | cut -d' ' -f1
  elif command -v openssl >/dev/null 2>&1; then
    openssl dgst -sha256 -r "$1" | cut -d' ' -f1
  else
    die "no sha256sum, shasum or openssl to check the download with"
  fi
}

say "downloading $archive from $base"
fetch "$archive" || die "could not download $base/$archive"
if [ -n "${IAMCTL_SHA256:-}" ]; then
  want=$IAMCTL_SHA256
  from="IAMCTL_SHA256"
else
  fetch "$archive.sha256" || die "could not download $base/$archive.sha256 (or pin the checksum with IAMCTL_SHA256)"
  want=$(cut -d' ' -f1 < "$work/$archive.sha256")
  from="$archive.sha256"
fi
want=$(printf '%s' "$want" | tr 'A-F' 'a-f')
got=$(sha256 "$work/$archive")
if [ "$got" != "$want" ]; then
  die "checksum mismatch for $archive: expected $want ($from), got $got; nothing installed"
fi
say "checksum verified: $got"

case "$archive" in
  *.zip)
    if command -v unzip >/dev/null 2>&1; then
      unzip -q "$work/$archive" -d "$work"
    elif command -v 7z >/dev/null 2>&1; then
      7z x -y -o"$work" "$work/$archive" >/dev/null
    else
      powershell -NoProfile -Command "Expand-Archive -Force '$work/$archive' '$work'"
    fi
    ;;
  *) tar -xzf "$work/$archive" -C "$work" ;;
esac
[ -f "$work/$name/$exe" ] || die "$archive holds no $name/$exe"

mkdir -p "$dir"
cp "$work/$name/$exe" "$dir/$exe.new"
chmod 755 "$dir/$exe.new"
mv -f "$dir/$exe.new" "$dir/$exe"
say "installed $("$dir/$exe" --version 2>/dev/null || echo "iamctl $version") ($target) in $dir"
echo "$dir/$exe"
