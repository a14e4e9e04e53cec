#!/usr/bin/env bash
# The main step of action.yml: install actionplan, then check, SARIF, fmt --check and diff.
# Inputs arrive as AP_* environment variables only (never pasted into a script), and every
# command gets its arguments as separate words with `--` before the paths.
#
# Every command runs even when an earlier one fails (the runner starts bash with -e, so the
# exit codes are collected with `|| code=$?`); the step then fails with the worst of them:
# 1 for problems in the plans, 2 for a usage, config or I/O error.
set -uo pipefail

fail() {
    echo "::error title=actionplan::$1"
    exit 2
}

flag() { case "$2" in true | false) ;; *) fail "The $1 input is true or false." ;; esac; }
flag fmt-check "$AP_FMT_CHECK"
flag upload-sarif "$AP_UPLOAD_SARIF"
flag comment-diff "$AP_COMMENT_DIFF"
[ "$AP_COMMENT_DIFF" = true ] && [ -z "$AP_DIFF_BASE" ] && fail "comment-diff needs diff-base (the revision to compare with, e.g. HEAD^1)."

if [ "$AP_INSTALL_FROM" = "source" ]; then
    (cd "$AP_ACTION_PATH" && npm ci --no-audit --no-fund --loglevel=error && npm run build) >&2 || exit 2
    ap=(node "$AP_ACTION_PATH/dist/cli/actionplan.cjs")
elif [ "$AP_INSTALL_FROM" = "npm" ]; then
    version="$AP_VERSION"
    if [ -z "$version" ]; then
        version="$(node -p 'require(process.argv[1]).version' "$AP_ACTION_PATH/package.json")" || exit 2
    fi
    if ! [[ "$version" =~ ^[0-9A-Za-z][0-9A-Za-z.+-]*$ ]]; then
        fail "The version input is not a package version."
    fi
    # Installed once per job: a second use of the action in the same job finds it.
    prefix="$RUNNER_TEMP/actionplan-$version"
    if [ ! -x "$prefix/node_modules/.bin/actionplan" ]; then
        npm install --prefix "$prefix" --no-save --no-audit --no-fund --loglevel=error "actionplan@$version" >&2 || exit 2
    fi
    ap=("$prefix/node_modules/.bin/actionplan")
else
    fail "install-from is npm or source."
fi

paths=()
while IFS= read -r line; do
    line="${line%$'\r'}"
    [ -n "$line" ] && paths+=("$line")
done <<< "$AP_PATHS"
[ "${#paths[@]}" -eq 0 ] && paths=(.)

common=()
[ -n "$AP_AS_OF" ] && common+=(--as-of "$AP_AS_OF")
# GitHub reads annotation and SARIF paths from the repository root, not from working-directory.
base=()
[ -n "${GITHUB_WORKSPACE:-}" ] && base+=(--path-base "$GITHUB_WORKSPACE")
warnings=()
[ -n "$AP_MAX_WARNINGS" ] && warnings+=(--max-warnings "$AP_MAX_WARNINGS")

check_code=0
"${ap[@]}" check --format "$AP_FORMAT" "${common[@]}" "${base[@]}" "${warnings[@]}" -- "${paths[@]}" || check_code=$?
echo "check-exit-code=$check_code" >> "$GITHUB_OUTPUT"
codes=("$check_code")

sarif_file="$AP_SARIF_FILE"
[ -z "$sarif_file" ] && [ "$AP_UPLOAD_SARIF" = true ] && sarif_file="$RUNNER_TEMP/actionplan.sarif"
if [ -n "$sarif_file" ]; then
    # An absolute path, so that later steps (upload-sarif runs at the repository root) find it.
    [[ "$sarif_file" = /* ]] || sarif_file="$PWD/$sarif_file"
    sarif_code=0
    "${ap[@]}" check --format sarif --output "$sarif_file" "${common[@]}" "${base[@]}" -- "${paths[@]}" || sarif_code=$?
    # 1 means the plans have errors: the report is written, and check above already failed.
    [ "$sarif_code" -ge 2 ] && codes+=("$sarif_code")
    [ -f "$sarif_file" ] && echo "sarif-file=$sarif_file" >> "$GITHUB_OUTPUT"
fi

if [ "$AP_FMT_CHECK" = "true" ]; then
    echo "Files that are not formatted (run 'actionplan fmt' to format them):"
    fmt_code=0
    "${ap[@]}" fmt --check -- "${paths[@]}" || fmt_code=$?
    echo "fmt-exit-code=$fmt_code" >> "$GITHUB_OUTPUT"
    codes+=("$fmt_code")
fi

if [ -n "$AP_DIFF_BASE" ]; then
    diff_file="$RUNNER_TEMP/actionplan-diff.md"
    rm -f "$diff_file"
    fail_on=()
    [ -n "$AP_FAIL_ON" ] && fail_on+=(--fail-on "$AP_FAIL_ON")
    diff_code=0
    "${ap[@]}" diff "$AP_DIFF_BASE" --format md --output "$diff_file" "${common[@]}" "${fail_on[@]}" -- "${paths[@]}" || diff_code=$?
    echo "diff-exit-code=$diff_code" >> "$GITHUB_OUTPUT"
    if [ -f "$diff_file" ]; then
        echo "diff-file=$diff_file" >> "$GITHUB_OUTPUT"
        cat "$diff_file" >> "$GITHUB_STEP_SUMMARY"
    fi
    codes+=("$diff_code")
fi

result=0
for code in "${codes[@]}"; do
    if [ "$code" -ge 2 ]; then result=2; elif [ "$code" -ne 0 ] && [ "$result" -eq 0 ]; then result=1; fi
done
exit "$result"
