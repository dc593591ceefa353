#!/usr/bin/env bash
# Throughput of the sandbox's hottest routes: pages of 100 users out of
# 10,000, over loopback, with wrk (ODC's users list and Valuekeep's OData
# users list, which must not be the bottleneck of a client benchmark).
# Prints pages/s.
#
#   DURATION   wrk duration (default 10s)
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v wrk >/dev/null 2>&1; then
    SUDO=; [ "$(id -u)" -ne 0 ] && SUDO=sudo
    $SUDO apt-get update -qq >&2 || true
    $SUDO apt-get install -y -qq wrk >&2
fi

cargo build --profile dist --quiet >&2
BIN=${CARGO_TARGET_DIR:-target}/dist/iamctl
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

# Valuekeep: OData pages, $skip spread the same way; then a $filter and an
# $orderby over all 10,000 (lookups and sorted lists).
VTOK=$(curl -fsS "$URL/connect/token" \
    -d grant_type=client_credentials -d client_id=sandbox-client -d client_secret=sandbox-secret -d scope=application |
    python3 -c 'import json,sys; print(json.load(sys.stdin)["access_token"])')
VK=/api/sandbox/sandbox-0001/identity/users/odata
cat >"$WORK/vk.lua" <<LUA
local n = 0
request = function()
  n = (n + 1) % 100
  return wrk.format("GET", "$VK?%24top=100&%24skip=" .. (n * 100))
end
LUA
wrk -t2 -c32 -d"$DURATION" -s "$WORK/vk.lua" -H "Authorization: Bearer $VTOK" "$URL" | tee "$WORK/c" >&2
echo "Valuekeep pages/s (\$skip 0..9900): $(pages <"$WORK/c")"
wrk -t2 -c32 -d"$DURATION" -H "Authorization: Bearer $VTOK" \
    "$URL$VK?%24top=100&%24filter=Email%20eq%20%27nobody%40example.com%27" | tee "$WORK/d" >&2
echo "Valuekeep \$filter on Email over 10,000 users, requests/s: $(pages <"$WORK/d")"
wrk -t2 -c32 -d"$DURATION" -H "Authorization: Bearer $VTOK" \
    "$URL$VK?%24top=100&%24orderby=Name%20desc,UserKey" | tee "$WORK/e" >&2
echo "Valuekeep \$orderby Name desc,UserKey over 10,000 users, requests/s: $(pages <"$WORK/e")"
