#!/usr/bin/env bash
# Neovim (Debian's 0.7.2) as a real LSP client of `node dist/server.js --stdio`, headless: opens seed 001
# (a thông báo whose Quốc hiệu is missing), and test/nvim/check.lua asserts that diagnostics arrive, that
# quoc-hieu is among them, and that typing the Quốc hiệu clears it. Installs neovim if missing (apt).
# Exits non-zero on failure; bounded by `timeout`. Usage: bash test/nvim/run.sh   (after `npm run build`)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
ROOT=$(pwd)

if ! command -v nvim >/dev/null 2>&1; then
  echo "== test/nvim: installing neovim (apt)"
  SUDO=""
  if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq neovim >/dev/null
fi
echo "== test/nvim: $(nvim --version | head -1), node $(node --version)"

if [ ! -f "$ROOT/dist/server.js" ]; then
  echo "== test/nvim: dist/server.js is missing, building"
  npm run build --silent
fi

RUN=$(mktemp -d "${TMPDIR:-/tmp}/thethuc-nvim.XXXXXX")
trap 'rm -rf "$RUN"' EXIT
# A scratch home: no user config, plugins, shada or swap files leak in or out.
export HOME="$RUN/home" XDG_CONFIG_HOME="$RUN/config" XDG_DATA_HOME="$RUN/data" XDG_STATE_HOME="$RUN/state" XDG_CACHE_HOME="$RUN/cache"
mkdir -p "$HOME" "$XDG_CONFIG_HOME" "$XDG_DATA_HOME" "$XDG_STATE_HOME" "$XDG_CACHE_HOME" "$RUN/work"
cp "$ROOT/test/fixtures/seeds/001_a08d4ed0bea06e35.txt" "$RUN/work/thong-bao.txt"

cd "$RUN/work"
status=0
THETHUC_SERVER="$ROOT/dist/server.js" THETHUC_EXPECT=quoc-hieu \
  timeout --kill-after=10 120 nvim --headless --clean -n -c "luafile $ROOT/test/nvim/check.lua" thong-bao.txt </dev/null || status=$?
if [ "$status" -eq 124 ] || [ "$status" -eq 137 ]; then
  echo "== test/nvim: FAILED, Neovim did not finish within 120 s"
elif [ "$status" -ne 0 ]; then
  echo "== test/nvim: FAILED (exit $status)"
else
  echo "== test/nvim: passed"
fi
exit "$status"
