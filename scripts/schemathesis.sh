#!/usr/bin/env bash
# Spec-driven fuzzing: Schemathesis generates requests from the vendor's ODC
# OpenAPI files (identity v1, portfolio v2) and sends them to the sandbox,
# authenticated with a token from the sandbox's own token endpoint. Fails on
# any 5xx, any response the spec does not allow (status, content type,
# headers, schema), any request the spec calls valid that is refused, and
# any operation of the files the sandbox does not serve.
#
# Waivers (where the spec is wrong) live in ONE place: scripts/schemathesis_spec.py.
#
#   IAMCTL_BIN             iamctl binary (default: build, then ${CARGO_TARGET_DIR:-target}/debug/iamctl)
#   SCHEMATHESIS_VENV      venv holding schemathesis (default: ${TMPDIR:-/tmp}/iamctl-schemathesis)
#   SCHEMATHESIS_EXAMPLES  test cases per operation and phase (default: 25)
#   SCHEMATHESIS_SEED      the generator's seed (default: fixed, so that CI runs
#                          the same cases every time; another seed explores more)
set -euo pipefail

cd "$(dirname "$0")/.."
SPECS=../shared/specs
if [ ! -d "$SPECS" ]; then
    echo "SCHEMATHESIS SKIPPED: ../shared/specs not found" >&2
    echo "SCHEMATHESIS SKIPPED: ../shared/specs not found"
    exit 0
fi

VERSION=4.32.5
HYPOTHESIS=6.131.0
VENV=${SCHEMATHESIS_VENV:-${TMPDIR:-/tmp}/iamctl-schemathesis}
ST=$VENV/bin/schemathesis
if [ ! -x "$ST" ] || ! "$ST" --version 2>/dev/null | grep -q "$VERSION" \
    || ! "$VENV/bin/pip" show hypothesis 2>/dev/null | grep -qx "Version: $HYPOTHESIS"; then
    echo "schemathesis: installing schemathesis==$VERSION (hypothesis==$HYPOTHESIS) into $VENV" >&2
    python3 -m venv "$VENV"
    # hypothesis pinned: 6.170 breaks schemathesis 4.32 ('many' object has no attribute
    # 'more'); 6.160 trips on Python 3.11's AST depth check describing lambdas
    "$VENV/bin/pip" install --quiet --disable-pip-version-check "schemathesis==$VERSION" "hypothesis==$HYPOTHESIS" >&2
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

"$BIN" sandbox --port 0 --seed-users 60 >"$WORK/sandbox.out" 2>"$WORK/sandbox.err" &
SB_PID=$!
for _ in $(seq 100); do
    [ -s "$WORK/sandbox.out" ] && break
    sleep 0.05
done
SANDBOX=$(head -n1 "$WORK/sandbox.out")
[ -n "$SANDBOX" ] || { echo "schemathesis: sandbox did not start" >&2; cat "$WORK/sandbox.err" >&2; exit 1; }

# A token, as any ODC API client gets one: discovery, then client credentials.
TOKEN=$(python3 - "$SANDBOX" <<'PY'
import json, sys, urllib.parse, urllib.request
base = sys.argv[1]
disc = json.load(urllib.request.urlopen(base + "/identity/.well-known/openid-configuration"))
form = urllib.parse.urlencode({"grant_type": "client_credentials",
                               "client_id": "sandbox-client",
                               "client_secret": "sandbox-secret"}).encode()
print(json.load(urllib.request.urlopen(disc["token_endpoint"], form))["access_token"])
PY
)

EXAMPLES=${SCHEMATHESIS_EXAMPLES:-25}
# One worker and a fixed seed: the same cases in the same order against a
# sandbox seeded the same way, so a run is reproducible (two workers share
# the sandbox's state in an order that varies).
SEED=${SCHEMATHESIS_SEED:-20261130}
rc=0
python3 scripts/schemathesis_spec.py --config "$WORK/schemathesis.toml"
SUMMARY=$WORK/summary
: >"$SUMMARY"
for pair in "odc-identity-v1.json /api/identity/v1" "odc-portfolio-v2.json /api/portfolios/v2"; do
    set -- $pair
    file=$1 prefix=$2
    python3 scripts/schemathesis_spec.py "$SPECS/$file" "$WORK/$file"
    echo "== schemathesis: $file against $SANDBOX$prefix ($EXAMPLES examples/operation, deterministic generation, seed $SEED)"
    set +e
    "$ST" --config-file "$WORK/schemathesis.toml" run "$WORK/$file" \
        --url "$SANDBOX$prefix" \
        --header "Authorization: Bearer $TOKEN" \
        --checks all \
        --max-examples "$EXAMPLES" \
        --generation-deterministic \
        --workers 1 \
        --seed "$SEED" \
        --no-color \
        --output-sanitize true \
        --report junit --report-junit-path "$WORK/${file%.json}.xml" \
        >"$WORK/${file%.json}.log" 2>&1
    code=$?
    set -e
    # Summary lines: operations tested, test cases, failures.
    sed -n '/^=* SUMMARY =*$/,$p' "$WORK/${file%.json}.log"
    grep -E '^ +(Selected|Tested):|^ +[0-9]+ generated' "$WORK/${file%.json}.log" | sed "s|^|$file: |" >>"$SUMMARY" || true
    if [ "$code" -ne 0 ]; then
        rc=1
        cat "$WORK/${file%.json}.log"
    fi
done

# Every operation of the files must be served: none may meet the sandbox's
# "No resource" fallback, whatever the generated input.
if grep -q "No resource at" "$WORK"/*.log; then
    echo "schemathesis: some operations are not served:" >&2
    grep -h "No resource at" "$WORK"/*.log | sort -u >&2
    rc=1
fi

echo "== schemathesis summary"
cat "$SUMMARY"
if [ "$rc" -eq 0 ]; then
    echo "SCHEMATHESIS OK: no 5xx, every response conformant, every operation served"
else
    echo "SCHEMATHESIS FAILED" >&2
fi
exit "$rc"
