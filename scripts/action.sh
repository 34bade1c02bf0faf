#!/usr/bin/env bash
# The steps of the Parapet GitHub Action that run on the runner: scan with annotations, job
# summary and SARIF; post or update the sticky pull-request comment; exit by `fail-on`.
# Inputs arrive as INPUT_* environment variables (see action.yml).
set -uo pipefail

parapet="${PARAPET_BIN:-parapet}"

if [ -n "${INPUT_VERSION:-}" ]; then
  echo "::notice title=Parapet::the 'version' input is reserved for prebuilt releases; building from the action's source"
fi

args=(scan)
read -r -a paths <<< "${INPUT_PATHS:-.}"
args+=("${paths[@]}")
[ -n "${INPUT_CONFIG:-}" ] && args+=(--config "$INPUT_CONFIG")
[ -n "${INPUT_MIN_SEVERITY:-}" ] && args+=(--min-severity "$INPUT_MIN_SEVERITY")
[ -n "${INPUT_FRAMEWORK:-}" ] && args+=(--framework "$INPUT_FRAMEWORK")

diff_base="${INPUT_DIFF_BASE:-}"
if [ -z "$diff_base" ] && [[ "${GITHUB_EVENT_NAME:-}" == pull_request* ]]; then
  diff_base="$("$parapet" github base-ref)"
fi
if [ -n "$diff_base" ] && [ "$diff_base" != "none" ]; then
  if ! git rev-parse --verify --quiet "${diff_base}^{commit}" > /dev/null; then
    git fetch --no-tags --depth=1 origin "$diff_base" > /dev/null 2>&1 || true
  fi
  args+=(--diff-base "$diff_base")
fi

sarif="${INPUT_SARIF_FILE:-parapet.sarif}"
comment_file="${RUNNER_TEMP:-${TMPDIR:-/tmp}}/parapet-comment.md"
args+=(--format github --format "sarif=$sarif" --format "markdown=$comment_file")
args+=(--fail-on "${INPUT_FAIL_ON:-high}")

"$parapet" "${args[@]}"
status=$?

if [ -n "${GITHUB_OUTPUT:-}" ]; then
  echo "sarif-file=$sarif" >> "$GITHUB_OUTPUT"
  echo "exit-code=$status" >> "$GITHUB_OUTPUT"
fi

if [ "${INPUT_COMMENT:-true}" = "true" ] && [ -n "${GITHUB_TOKEN:-}" ] \
  && [[ "${GITHUB_EVENT_NAME:-}" == pull_request* ]] && [ -f "$comment_file" ]; then
  if ! "$parapet" github comment --body-file "$comment_file"; then
    echo "::warning title=Parapet::could not create or update the pull-request comment"
  fi
fi

exit "$status"
