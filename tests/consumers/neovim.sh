#!/usr/bin/env bash
# zhidu lsp driven by a real editor client: headless Neovim's built-in LSP client opens a policy
# file with a misspelt role and reads back the diagnostic, at the right line and column (Neovim
# 0.7 speaks UTF-16 and counts columns in bytes: both conversions are on the way).
#
#   tests/consumers/neovim.sh        # after `cargo test` (which builds target/debug/zhidu)
#
# Installs Neovim with apt-get when it is missing; where it cannot, says so and skips.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
zhidu="$root/target/debug/zhidu"
[[ -x "$zhidu" ]] || cargo build --quiet --manifest-path "$root/Cargo.toml"
if ! command -v nvim >/dev/null; then
  if command -v apt-get >/dev/null && timeout 300 apt-get install -y -q neovim >/dev/null 2>&1; then
    :
  else
    echo "neovim: skipped (Neovim is not installed and apt-get could not install it)"
    exit 0
  fi
fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/.git"
cat > "$work/采购.zhidu" <<'ZHIDU'
namespace buy
source "采购管理制度"
role 总经理
role 财务总监

request purchase "采购" {
  cite "第五条"
  signed by role 财务总监 then role 总径理
}
ZHIDU
cat > "$work/init.lua" <<'LUA'
local file, out = os.getenv("POLICY"), os.getenv("OUT")
vim.cmd("edit " .. vim.fn.fnameescape(file))
local buf = vim.api.nvim_get_current_buf()
local client = vim.lsp.start_client({
  name = "zhidu",
  cmd = { os.getenv("ZHIDU"), "lsp" },
  root_dir = vim.fn.fnamemodify(file, ":h"),
})
vim.lsp.buf_attach_client(buf, client)
vim.wait(15000, function() return #vim.diagnostic.get(buf) > 0 end, 50)
local lines = {}
for _, d in ipairs(vim.diagnostic.get(buf)) do
  local message = d.message:gsub("\n", " | ")
  table.insert(lines, string.format("%d:%d:%s", d.lnum, d.col, message))
end
vim.fn.writefile(lines, out)
vim.lsp.stop_client(client)
vim.wait(2000, function() return vim.lsp.client_is_stopped(client) end, 50)
vim.cmd("qa!")
LUA
ZHIDU="$zhidu" POLICY="$work/采购.zhidu" OUT="$work/out.txt" \
  timeout 60 nvim --headless -u NONE -c "luafile $work/init.lua" >/dev/null 2>&1 || true
got="$(cat "$work/out.txt" 2>/dev/null || true)"
# Line 8 (0-based 7); 总径理 starts at byte 40 of its line.
if [[ "$got" == 7:40:*总径理*"did you mean \`总经理\`"* ]]; then
  echo "neovim: the diagnostic arrived at 8:41 ($got)"
else
  echo "neovim: FAIL, got: ${got:-nothing}"
  exit 1
fi
