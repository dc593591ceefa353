#!/usr/bin/env bash
# Client benchmarks against the sandbox (not part of the tests):
#  - `users list --all -o ndjson` over 10,000 users vs a sequential curl loop
#  - `users get` with a cached token vs one curl
#  - peak memory of list-all at 10,000 and 100,000 users
#  - `users import` of 10,000 users (ODC bulk) vs a loop of `users create`,
#    and the same import under --vendor-limits with a 0.5 s rate window
# Usage: scripts/bench-client.sh [runs] [list|import ...]   (dist build, as released; prints figures)
set -euo pipefail
cd "$(dirname "$0")/.."
command -v curl >/dev/null || { apt-get update -qq && apt-get install -y -qq curl; }
cargo build --profile dist --quiet
exec python3 scripts/bench_client.py "${1:-5}" "${@:2}"
