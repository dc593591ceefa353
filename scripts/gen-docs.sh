#!/usr/bin/env bash
# Regenerate completions/ and man/ from the clap definitions.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --quiet
bin=${CARGO_TARGET_DIR:-target}/debug/iamctl
"$bin" completions bash > completions/iamctl.bash
"$bin" completions zsh > completions/_iamctl
"$bin" completions fish > completions/iamctl.fish
"$bin" completions powershell > completions/_iamctl.ps1
"$bin" completions elvish > completions/iamctl.elvish
rm -rf man && "$bin" man man
# The README's "assumptions not confirmed by the vendor" lists, from the data.
"$bin" assumptions --splice README.md
# The README's per-platform verb table, from the command catalogue.
"$bin" commands --splice README.md
echo "completions/, man/, the README's assumption lists and verb table regenerated"
