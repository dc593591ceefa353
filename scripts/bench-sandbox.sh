#!/usr/bin/env bash
# Throughput of the sandbox's hottest route: pages of 100 users out of
# 10,000, over loopback, with wrk. Prints pages/s.
#
#   DURATION   wrk duration (default 10s)
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v wrk >/dev/null 2>&1; then
    SUDO=; [ "$(id -u)" -ne 0 ] && SUDO=sudo
    $SUDO apt-get update -qq >&2 || true
    $SUDO apt-get install -y -qq wrk >&2
fi

cargo build --release --quiet >&2
BIN=${CARGO_TARGET_DIR:-target}/release/iamctl
DURATION=${DURATION:-10s}

WORK=$(mktemp -d)
SB_PID=
cleanup() {
    [ -n "$SB_PID" ] && kill "$SB_PID" 2>/dev/null && wait "$SB_PID" 2>/dev/null
    rm -rf "$WORK"
}
trap cleanup EXIT INT TERM

"$BIN" sandbox --port 0 --seed-users 10000 >"$WORK/out" 2>"$WORK/err" &
SB_PID=$!
for _ in $(seq 200); do [ -s "$WORK/out" ] && break; sleep 0.05; done
URL=$(head -n1 "$WORK/out")
[ -n "$URL" ] || { cat "$WORK/err" >&2; exit 1; }

TOK=$(curl -fsS "$URL/identity/connect/token" \
    -d grant_type=client_credentials -d client_id=sandbox-client -d client_secret=sandbox-secret |
    python3 -c 'import json,sys; print(json.load(sys.stdin)["access_token"])')

pages() { awk '/Requests\/sec/ {printf "%d", $2}'; }

echo "bench: first page, limit=100, 10000 users, wrk -t2 -c32 -d$DURATION" >&2
wrk -t2 -c32 -d"$DURATION" -H "Authorization: Bearer $TOK" "$URL/api/identity/v1/users?limit=100" | tee "$WORK/a" >&2
echo "pages/s (first page): $(pages <"$WORK/a")"

# Offsets spread over the whole list, so no one page is favoured.
cat >"$WORK/spread.lua" <<'LUA'
local n = 0
request = function()
  n = (n + 1) % 100
  return wrk.format("GET", "/api/identity/v1/users?limit=100&offset=" .. (n * 100))
end
LUA
wrk -t2 -c32 -d"$DURATION" -s "$WORK/spread.lua" -H "Authorization: Bearer $TOK" "$URL" | tee "$WORK/b" >&2
echo "pages/s (offsets 0..9900): $(pages <"$WORK/b")"
