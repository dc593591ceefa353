#!/usr/bin/env bash
# Clean-build time and binary size of each Cargo profile, measured on a
# fresh copy of the committed tree (git archive HEAD) in its own target
# directory under /tmp, so the working tree's target/ is left alone.
# Crates are fetched first and not counted ("a fresh clone, crates
# downloaded"). Also times the README's first command on the release
# binary (`-p sandbox users list`, with a scratch config and cache).
#
#   scripts/build-times.sh [PROFILE...]     # default: release dist
#
# Prints one line per profile, and a Markdown table at the end for the
# README. Takes minutes: it compiles the whole dependency tree per profile.
# Besides the wall-clock time it reports the CPU time (user + system) of
# the build and the machine's load average, because on a shared machine
# the wall clock also counts the others' work.
set -euo pipefail
cd "$(dirname "$0")/.."

profiles=("$@")
[ ${#profiles[@]} -gt 0 ] || profiles=(release dist)

work=$(mktemp -d /tmp/iamctl-build-times.XXXXXX)
trap 'rm -rf "$work"' EXIT
git archive HEAD | tar -x -C "$work"
commit=$(git rev-parse --short HEAD)
cd "$work"
export CARGO_TERM_COLOR=never
unset RUSTFLAGS CARGO_BUILD_RUSTFLAGS RUSTC_WRAPPER
cargo fetch --locked --quiet

cores=$(nproc 2>/dev/null || sysctl -n hw.ncpu 2>/dev/null || echo "?")
rustc_v=$(rustc --version | cut -d' ' -f2)
rows=()
for profile in "${profiles[@]}"; do
  target="$work/target-$profile"
  load0=$(cut -d' ' -f1 /proc/loadavg 2>/dev/null || echo "?")
  start=$(date +%s.%N)
  # CPU seconds of the build's processes: this shell's children's times
  # before and after (bash's `times`, second line: user and system; run in
  # this shell, not in a $(...) subshell, which has its own).
  times > "$work/times0"
  CARGO_TARGET_DIR="$target" cargo build --profile "$profile" --locked --quiet --bin iamctl
  times > "$work/times1"
  cpu0=$(tail -n 1 "$work/times0")
  cpu1=$(tail -n 1 "$work/times1")
  end=$(date +%s.%N)
  load1=$(cut -d' ' -f1 /proc/loadavg 2>/dev/null || echo "?")
  secs=$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.0f", b - a }')
  cpu=$(awk -v a="$cpu0" -v b="$cpu1" '
    function s(t,  m) { m = t; sub(/m.*/, "", m); sub(/^[0-9]+m/, "", t); sub(/s$/, "", t); return m * 60 + t }
    BEGIN { split(a, x, " "); split(b, y, " "); printf "%.0f", s(y[1]) + s(y[2]) - s(x[1]) - s(x[2]) }')
  dir=$profile
  [ "$profile" = dev ] && dir=debug
  bin="$target/$dir/iamctl"
  bytes=$(wc -c < "$bin" | tr -d ' ')
  mib=$(awk -v b="$bytes" 'BEGIN { printf "%.1f", b / 1048576 }')
  first=""
  if [ "$profile" = release ]; then
    scratch=$(mktemp -d)
    t0=$(date +%s.%N)
    IAMCTL_CONFIG_DIR="$scratch/config" IAMCTL_CACHE_DIR="$scratch/cache" \
      "$bin" -p sandbox users list --limit 3 >/dev/null
    t1=$(date +%s.%N)
    rm -rf "$scratch"
    first=$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.2f", b - a }')
    echo "$profile: clean build ${secs} s (CPU ${cpu} s, load ${load0} → ${load1}), binary ${mib} MiB ($bytes bytes); first run of \`-p sandbox users list\` ${first} s"
  else
    echo "$profile: clean build ${secs} s (CPU ${cpu} s, load ${load0} → ${load1}), binary ${mib} MiB ($bytes bytes)"
  fi
  rows+=("| \`$profile\` | $(( secs / 60 )) min $(( secs % 60 )) s | $(( cpu / 60 )) min $(( cpu % 60 )) s | $mib MiB |")
  rm -rf "$target"
done

echo
echo "Measured at $commit on $cores cores, rustc $rustc_v, $(date -u +%Y-%m-%d):"
echo
echo "| profile | clean build (wall clock) | CPU time (user + system) | binary |"
echo "|---|---|---|---|"
printf '%s\n' "${rows[@]}"
