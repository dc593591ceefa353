#!/usr/bin/env bash
# Every platform at the speed its API allows (not part of the tests): list-all
# of 10,000 users at --latency-ms 50 against a sequential page loop, per
# platform; the requests of `users roles add U A B C` on each platform; the
# requests of a script of 20 `users roles add ... --app X --stage Y`; peak
# memory of a 100,000-user list in each format; the binary's size.
# Usage: scripts/bench-speed.sh [list|writes|script|memory|size ...]
#        IAMCTL_BIN=path/to/iamctl scripts/bench-speed.sh   (another build, e.g. an older one)
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -z "${IAMCTL_BIN:-}" ]; then
    cargo build --profile dist --quiet
fi
exec python3 scripts/bench_speed.py "$@"
