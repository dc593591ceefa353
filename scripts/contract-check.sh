#!/usr/bin/env bash
# Contract check: run the sandbox behind Prism's validating proxy (one per
# vendor spec) and drive a scripted tour of every route it serves through
# them. Prism flags each request or response that breaks the vendor's
# OpenAPI file; any violation fails the check.
#
#   IAMCTL_BIN      iamctl binary to use (default: build, then ${CARGO_TARGET_DIR:-target}/debug/iamctl)
#   PRISM_DIR       where prism-cli is installed (default: ${TMPDIR:-/tmp}/iamctl-prism)
set -euo pipefail

cd "$(dirname "$0")/.."
SPECS=../shared/specs
if [ ! -d "$SPECS" ]; then
    echo "##############################################################" >&2
    echo "CONTRACT CHECK SKIPPED: ../shared/specs not found" >&2
    echo "##############################################################" >&2
    echo "CONTRACT CHECK SKIPPED: ../shared/specs not found"
    exit 0
fi

PRISM_DIR=${PRISM_DIR:-${TMPDIR:-/tmp}/iamctl-prism}
PRISM=$PRISM_DIR/node_modules/.bin/prism
if [ ! -x "$PRISM" ]; then
    echo "contract: installing @stoplight/prism-cli into $PRISM_DIR" >&2
    mkdir -p "$PRISM_DIR"
    npm install --prefix "$PRISM_DIR" --silent --no-audit --no-fund @stoplight/prism-cli >&2
fi

# Without IAMCTL_BIN, build (incremental, so cheap) to never check a stale binary.
if [ -n "${IAMCTL_BIN:-}" ]; then
    BIN=$IAMCTL_BIN
else
    cargo build --quiet >&2
    BIN=${CARGO_TARGET_DIR:-target}/debug/iamctl
fi

WORK=$(mktemp -d)
PIDS=()
cleanup() {
    for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done
    for p in "${PIDS[@]}"; do wait "$p" 2>/dev/null || true; done
    rm -rf "$WORK"
}
trap cleanup EXIT INT TERM

"$BIN" sandbox --port 0 --seed-users 150 >"$WORK/sandbox.out" 2>"$WORK/sandbox.err" &
PIDS+=($!)
for _ in $(seq 100); do
    [ -s "$WORK/sandbox.out" ] && break
    sleep 0.05
done
SANDBOX=$(head -n1 "$WORK/sandbox.out")
[ -n "$SANDBOX" ] || { echo "contract: sandbox did not start" >&2; cat "$WORK/sandbox.err" >&2; exit 1; }

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
P1=$(free_port)
P2=$(free_port)
"$PRISM" proxy "$SPECS/odc-identity-v1.json" "$SANDBOX/api/identity/v1" --errors -p "$P1" >"$WORK/prism1.log" 2>&1 &
PIDS+=($!)
"$PRISM" proxy "$SPECS/odc-portfolio-v2.json" "$SANDBOX/api/portfolios/v2" --errors -p "$P2" >"$WORK/prism2.log" 2>&1 &
PIDS+=($!)
for log in "$WORK/prism1.log" "$WORK/prism2.log"; do
    for _ in $(seq 600); do
        grep -q "Prism is listening" "$log" && break
        sleep 0.1
    done
    grep -q "Prism is listening" "$log" || { echo "contract: prism did not start" >&2; cat "$log" >&2; exit 1; }
done

set +e
python3 scripts/contract_tour.py \
    --sandbox "$SANDBOX" \
    --identity "http://127.0.0.1:$P1" \
    --portfolio "http://127.0.0.1:$P2"
rc=$?
# The client's own requests, through the same validators.
python3 scripts/contract_client.py \
    --bin "$BIN" \
    --sandbox "$SANDBOX" \
    --identity "http://127.0.0.1:$P1" \
    --portfolio "http://127.0.0.1:$P2"
rc2=$?
[ $rc -eq 0 ] && rc=$rc2
set -e
if [ $rc -ne 0 ] && [ -n "${CONTRACT_VERBOSE:-}" ]; then
    cat "$WORK/prism1.log" "$WORK/prism2.log" >&2
fi
exit $rc
