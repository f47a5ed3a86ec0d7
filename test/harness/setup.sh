#!/usr/bin/env bash
# Installs what MI Lint's real-editor tests need, from Debian apt and the npm registry only:
#   - Debian chromium (the browser playwright-core drives), ripgrep and libkrb5-dev (code-server's native deps)
#   - code-server (= VS Code 1.100.3, Node 20) into a git-ignored tool folder, not into the extension's dependencies
#   - this folder's own npm packages (playwright-core, @vscode/vsce) from its package-lock.json
# Idempotent: every step checks a stamp first, so a warm run takes about a second.
# Works unattended (CI=true, no stdin, root).
# Env: MI_LINT_HARNESS_DIR (tool folder, default <repo>/.harness), MI_LINT_CS_VERSION (default 4.100.3).
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO=$(cd "$HERE/../.." && pwd)
HARNESS_DIR=${MI_LINT_HARNESS_DIR:-$REPO/.harness}
CS_VERSION=${MI_LINT_CS_VERSION:-4.100.3}
CS_DIR="$HARNESS_DIR/code-server-$CS_VERSION"
CS_STAMP="$CS_DIR/.installed"
export DEBIAN_FRONTEND=noninteractive

T0=$(date +%s%N)
step() { local ms=$((($(date +%s%N) - T0) / 1000000)); printf '[setup %4d.%01ds] %s\n' $((ms / 1000)) $((ms % 1000 / 100)) "$*"; }

mkdir -p "$HARNESS_DIR"
# Two runners may call setup at once: serialize them instead of racing on the same folders.
exec 9>"$HARNESS_DIR/.setup.lock"
flock -w 900 9 || { echo "setup: another setup.sh held $HARNESS_DIR/.setup.lock for 15 min" >&2; exit 1; }

# 1. Debian packages. libkrb5-dev is only needed while code-server's kerberos module builds.
need_apt=0
[ -x /usr/bin/chromium ] && command -v rg >/dev/null || need_apt=1
[ -f "$CS_STAMP" ] || command -v krb5-config >/dev/null || need_apt=1
if [ "$need_apt" = 1 ]; then
  step "apt-get install chromium libkrb5-dev ripgrep"
  apt_opts=(-y -qq -o DPkg::Lock::Timeout=300)
  apt-get update -qq -o DPkg::Lock::Timeout=300
  apt-get install "${apt_opts[@]}" chromium libkrb5-dev ripgrep build-essential python3 pkg-config >/dev/null
else
  step "apt: chromium and rg present, skipped"
fi

# 2-3. code-server, unless this version is already installed (stamp written only after a working --version).
if [ -f "$CS_STAMP" ]; then
  step "code-server $CS_VERSION present in $CS_DIR, skipped"
else
  step "installing code-server $CS_VERSION into $CS_DIR"
  rm -rf "$CS_DIR"
  mkdir -p "$CS_DIR/tmp" "$CS_DIR/home"
  # @vscode/ripgrep's postinstall downloads rg from GitHub unless its cache in os.tmpdir() already holds the
  # archive: seed that cache with Debian's rg. The cache folder is named after the @vscode/ripgrep version that
  # code-server pins in lib/vscode/npm-shrinkwrap.json; the archive name after the rg build that version expects.
  export TMPDIR="$CS_DIR/tmp"
  (cd "$TMPDIR" && npm pack "code-server@$CS_VERSION" --silent >/dev/null \
    && tar xzf "code-server-$CS_VERSION.tgz" package/lib/vscode/npm-shrinkwrap.json \
    && rm "code-server-$CS_VERSION.tgz")
  RG_VER=$(node -p "require('$TMPDIR/package/lib/vscode/npm-shrinkwrap.json').packages['node_modules/@vscode/ripgrep'].version")
  RG_CACHE="$TMPDIR/vscode-ripgrep-cache-$RG_VER"
  mkdir -p "$RG_CACHE" "$TMPDIR/rgseed"
  cp "$(command -v rg)" "$TMPDIR/rgseed/rg"
  tar czf "$RG_CACHE/ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz" -C "$TMPDIR/rgseed" rg
  step "seeded @vscode/ripgrep $RG_VER cache with $(command -v rg)"

  cd "$CS_DIR"
  echo '{ "name": "mi-lint-code-server", "private": true }' > package.json
  # unsafe_perm: root must run code-server's postinstall. yes: node-pty's postinstall runs `npx node-gyp`, which
  # a `yes=false` npm config refuses. dangerously_allow_all_scripts: npm 11.19+ skips dependency install scripts
  # by default, and code-server's postinstall runs nested `npm install`s whose native modules must build.
  npm_config_unsafe_perm=true npm_config_yes=true npm_config_dangerously_allow_all_scripts=true \
    npm install "code-server@$CS_VERSION" --no-audit --no-fund --no-save </dev/null
  HOME="$CS_DIR/home" ./node_modules/.bin/code-server --version
  touch "$CS_STAMP"
  cd "$HERE"
  step "code-server $CS_VERSION installed"
fi

# 4. The harness's own packages, reinstalled only when package.json or package-lock.json changed.
LOCK_SHA=$(cat "$HERE/package.json" "$HERE/package-lock.json" | sha256sum | cut -d' ' -f1)
NM_STAMP="$HERE/node_modules/.mi-lint-lock-sha256"
if [ -f "$NM_STAMP" ] && [ "$(cat "$NM_STAMP")" = "$LOCK_SHA" ]; then
  step "harness node_modules up to date, skipped"
else
  step "npm ci in test/harness"
  (cd "$HERE" && npm ci --no-audit --no-fund </dev/null)
  echo "$LOCK_SHA" > "$NM_STAMP"
fi

step "done: chromium $(/usr/bin/chromium --version 2>/dev/null | awk '{print $2}'), code-server $CS_VERSION in $CS_DIR"
