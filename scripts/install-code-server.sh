#!/usr/bin/env bash
# Installs code-server (the real VS Code workbench, served to a browser) into .cache/code-server, so
# that the editor tests (test/editor) can install the .vsix and drive VS Code as a user would.
# It is not a dependency of the workspace: it is 300 MB, and only the editor tests need it.
# Needs only the npm registry and Debian apt; run by .ci/run, and by hand before `npm test` locally.
set -euo pipefail
cd "$(dirname "$0")/.."

# 4.100.3 (VS Code 1.100.3) is the newest release that runs on Node 20; engines.vscode follows it.
VERSION=4.100.3
TARGET="$PWD/.cache/code-server"
ENTRY="$TARGET/node_modules/code-server/out/node/entry.js"

if [ -f "$ENTRY" ] && grep -q "\"version\": \"$VERSION\"" "$TARGET/node_modules/code-server/package.json"; then
    echo "code-server $VERSION already in .cache/code-server"
    exit 0
fi

# A native module builds against Kerberos headers; the postinstall packs Debian's ripgrep (below).
missing=()
dpkg -s libkrb5-dev >/dev/null 2>&1 || missing+=(libkrb5-dev)
command -v rg >/dev/null 2>&1 || missing+=(ripgrep)
command -v make >/dev/null 2>&1 || missing+=(build-essential)
command -v python3 >/dev/null 2>&1 || missing+=(python3)
if [ ${#missing[@]} -gt 0 ]; then
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

rm -rf "$TARGET"
mkdir -p "$TARGET/tmp"
# Its own package.json makes this folder the install root, outside the repository's workspaces.
echo '{ "private": true, "description": "code-server for the editor tests (scripts/install-code-server.sh)" }' > "$TARGET/package.json"

# code-server's postinstall downloads ripgrep from GitHub, which a closed network refuses; it takes a
# cached archive from TMPDIR instead, so give it Debian's rg in the archive it looks for.
export TMPDIR="$TARGET/tmp"
RG_CACHE="$TMPDIR/vscode-ripgrep-cache-1.15.11"
mkdir -p "$RG_CACHE/pack"
cp "$(command -v rg)" "$RG_CACHE/pack/rg"
tar -czf "$RG_CACHE/ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz" -C "$RG_CACHE/pack" rg
rm -rf "$RG_CACHE/pack"

# Running as root needs unsafe-perm for the install scripts; a postinstall runs npx (node-gyp): yes.
# VSCODE_* variables from a surrounding editor would confuse its scripts; drop them.
for name in $(env | grep -o '^VSCODE_[A-Z_]*' || true); do unset "$name"; done
(
    cd "$TARGET"
    npm_config_unsafe_perm=true npm_config_yes=true npm_config_fund=false npm_config_audit=false \
        npm install --no-save --no-package-lock --loglevel=error "code-server@$VERSION"
)
rm -rf "$TMPDIR"
test -f "$ENTRY"
echo "code-server $VERSION installed in .cache/code-server"
