#!/usr/bin/env bash
# Descope's own Python SDK against the sandbox: installs `descope` (pinned)
# into a venv, starts `iamctl sandbox`, and runs scripts/descope_sdk_check.py,
# which calls the SDK's management API for tenants, roles, permissions,
# access keys, audit, SSO applications, load_users and patch_batch and
# checks the answers the SDK documents. Exits non-zero on any mismatch.
#
#   IAMCTL_BIN          iamctl binary (default: build, then ${CARGO_TARGET_DIR:-target}/debug/iamctl)
#   DESCOPE_SDK_VENV    venv holding the SDK (default: ${TMPDIR:-/tmp}/iamctl-descope-sdk)
set -euo pipefail

cd "$(dirname "$0")/.."
VERSION=2.16.1
VENV=${DESCOPE_SDK_VENV:-${TMPDIR:-/tmp}/iamctl-descope-sdk}
if ! "$VENV/bin/pip" show descope 2>/dev/null | grep -qx "Version: $VERSION"; then
    echo "descope-sdk: installing descope==$VERSION into $VENV" >&2
    python3 -m venv "$VENV"
    "$VENV/bin/pip" install --quiet --disable-pip-version-check "descope==$VERSION" >&2
fi

if [ -n "${IAMCTL_BIN:-}" ]; then
    BIN=$IAMCTL_BIN
else
    cargo build --quiet >&2
    BIN=${CARGO_TARGET_DIR:-target}/debug/iamctl
fi

WORK=$(mktemp -d)
SB_PID=
cleanup() {
    [ -n "$SB_PID" ] && kill "$SB_PID" 2>/dev/null || true
    [ -n "$SB_PID" ] && wait "$SB_PID" 2>/dev/null || true
    rm -rf "$WORK"
}
trap cleanup EXIT INT TERM

"$BIN" sandbox --port 0 --seed-users 20 >"$WORK/sandbox.out" 2>"$WORK/sandbox.err" &
SB_PID=$!
for _ in $(seq 100); do
    [ -s "$WORK/sandbox.out" ] && break
    sleep 0.05
done
SANDBOX=$(head -n1 "$WORK/sandbox.out")
[ -n "$SANDBOX" ] || { echo "descope-sdk: sandbox did not start" >&2; cat "$WORK/sandbox.err" >&2; exit 1; }

"$VENV/bin/python" scripts/descope_sdk_check.py "$SANDBOX"
