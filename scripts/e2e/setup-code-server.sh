#!/usr/bin/env bash
# Sets up code-server (VS Code 1.100.3 in the browser) for the end-to-end suite.
# Idempotent: Debian packages are installed only when missing, code-server only
# when .cache/code-server does not already hold the pinned version.
#
#   scripts/e2e/setup-code-server.sh        # prints the code-server binary's path last
#
# VS Code's desktop build cannot be downloaded here, and code-server's own
# postinstall fetches ripgrep from GitHub, which fails; @vscode/ripgrep takes a
# cached archive instead, made here from Debian's /usr/bin/rg.
set -euo pipefail

CODE_SERVER_VERSION=4.100.3
RIPGREP_PACKAGE_VERSION=1.15.11
RIPGREP_ASSET=ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz

root="$(cd "$(dirname "$0")/../.." && pwd)"
dir="$root/.cache/code-server"
bin="$dir/node_modules/.bin/code-server"
marker="$dir/.installed-$CODE_SERVER_VERSION"

log() { echo "[e2e setup] $*" >&2; }

# 1. Debian packages, only those missing.
missing=()
for package in libkrb5-dev ripgrep chromium; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed' || missing+=("$package")
done
if [ "${#missing[@]}" -gt 0 ]; then
    log "installing Debian packages: ${missing[*]}"
    sudo_cmd=()
    [ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
    export DEBIAN_FRONTEND=noninteractive
    "${sudo_cmd[@]}" apt-get -o DPkg::Lock::Timeout=600 update -qq >&2 || log "apt-get update failed; trying the install with the lists at hand"
    "${sudo_cmd[@]}" apt-get -o DPkg::Lock::Timeout=600 install -y -qq --no-install-recommends "${missing[@]}" >&2
fi

# 2. code-server, unless this version is already installed.
if [ -f "$marker" ] && [ -x "$bin" ]; then
    log "code-server $CODE_SERVER_VERSION already in .cache/code-server"
else
    # The ripgrep archive @vscode/ripgrep's postinstall looks for before it tries GitHub.
    tmp="${TMPDIR:-/tmp}"
    cache="$tmp/vscode-ripgrep-cache-$RIPGREP_PACKAGE_VERSION"
    if [ ! -s "$cache/$RIPGREP_ASSET" ]; then
        log "preparing the ripgrep cache $cache/$RIPGREP_ASSET from /usr/bin/rg"
        mkdir -p "$cache"
        staging="$(mktemp -d)"
        cp /usr/bin/rg "$staging/rg"
        tar -czf "$cache/$RIPGREP_ASSET.partial" -C "$staging" rg
        mv "$cache/$RIPGREP_ASSET.partial" "$cache/$RIPGREP_ASSET"
        rm -rf "$staging"
    fi

    log "installing code-server@$CODE_SERVER_VERSION into .cache/code-server (about a minute)"
    rm -rf "$dir"
    mkdir -p "$dir"
    # A folder of its own: code-server is never one of the project's dependencies.
    printf '{ "name": "actionplan-e2e-code-server", "private": true }\n' > "$dir/package.json"
    (
        cd "$dir"
        TMPDIR="$tmp" npm_config_unsafe_perm=true npm_config_yes=true \
            npm install --no-audit --no-fund --loglevel=error "code-server@$CODE_SERVER_VERSION" >&2
    )
    XDG_DATA_HOME="$dir/xdg" "$bin" --config "$dir/config.yaml" --version >&2
    touch "$marker"
fi

echo "$bin"
