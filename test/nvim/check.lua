-- Drives the Thể thức language server from Neovim 0.7 (Debian's), headless, as a user's config would:
-- vim.lsp.start_client + vim.lsp.buf_attach_client (vim.lsp.start is 0.8+). Run by test/nvim/run.sh:
--   THETHUC_SERVER=dist/server.js THETHUC_EXPECT=quoc-hieu nvim --headless --clean -n -c "luafile check.lua" draft.txt
-- Checks: diagnostics arrive for the buffer, a known rule code is among them, every range lies in the
-- buffer; an edit (typing the missing Quốc hiệu and Tiêu ngữ) clears that rule's diagnostic, which proves
-- incremental sync with a real client; a documentSymbol and a hover request are answered. Exits 0 when
-- all hold, else non-zero; writes what it saw to stderr.

local server = assert(os.getenv('THETHUC_SERVER'), 'THETHUC_SERVER is not set')
local expect = os.getenv('THETHUC_EXPECT') or 'quoc-hieu'
local wait_ms = tonumber(os.getenv('THETHUC_WAIT_MS') or '30000')
local buf = vim.api.nvim_get_current_buf()
local failures = 0

local function say(msg)
  io.stderr:write('[nvim] ' .. msg .. '\n')
  io.stderr:flush()
end

local function fail(msg)
  failures = failures + 1
  say('FAIL: ' .. msg)
end

local function finish()
  if failures == 0 then
    say('all checks passed')
    vim.cmd('qall!')
  else
    say(failures .. ' check(s) failed')
    vim.cmd('cquit 3')
  end
end

-- The rule id of a diagnostic: Neovim 0.7 keeps the LSP diagnostic in user_data.lsp.
local function code_of(d)
  if d.code ~= nil then return tostring(d.code) end
  if d.user_data and d.user_data.lsp and d.user_data.lsp.code ~= nil then return tostring(d.user_data.lsp.code) end
  return '?'
end

local function codes(diags)
  local out = {}
  for _, d in ipairs(diags) do out[#out + 1] = code_of(d) end
  return out
end

local function has_code(diags, code)
  for _, d in ipairs(diags) do
    if code_of(d) == code then return true end
  end
  return false
end

local exited = false
local client_id = vim.lsp.start_client({
  name = 'thethuc',
  cmd = { 'node', server, '--stdio' },
  root_dir = vim.fn.getcwd(),
  -- Answers the server's workspace/configuration request for the `thethuc` section.
  settings = { thethuc = { mode = 'draft', rules = {} } },
  on_exit = function(code, signal)
    exited = true
    if code ~= 0 then say('server exited with code ' .. tostring(code) .. ', signal ' .. tostring(signal)) end
  end,
})
if not client_id then
  fail('vim.lsp.start_client returned nil')
  return finish()
end
if not vim.lsp.buf_attach_client(buf, client_id) then
  fail('vim.lsp.buf_attach_client failed')
  return finish()
end

-- 1. Diagnostics of the draft as opened.
local got = vim.wait(wait_ms, function() return #vim.diagnostic.get(buf) > 0 end, 50)
local diags = vim.diagnostic.get(buf)
if not got then
  fail('no diagnostics within ' .. wait_ms .. ' ms (server exited: ' .. tostring(exited) .. ')')
  return finish()
end
say(#diags .. ' diagnostics: ' .. table.concat(codes(diags), ', '))
if not has_code(diags, expect) then fail('no ' .. expect .. ' diagnostic') end

local line_count = vim.api.nvim_buf_line_count(buf)
for _, d in ipairs(diags) do
  if d.lnum < 0 or d.lnum >= line_count or (d.end_lnum or d.lnum) >= line_count or d.col < 0 then
    fail(string.format('%s at %d:%d-%s:%s is outside the buffer (%d lines)', code_of(d), d.lnum, d.col, tostring(d.end_lnum), tostring(d.end_col), line_count))
  end
  if d.source ~= nil and d.source ~= 'thethuc' then fail('source ' .. tostring(d.source)) end
end

-- 2. Requests a user's keys send: answered (a result or an error both count), not left hanging.
local client = vim.lsp.get_client_by_id(client_id)
local params = { textDocument = vim.lsp.util.make_text_document_params(buf) }
for _, method in ipairs({ 'textDocument/documentSymbol', 'textDocument/hover' }) do
  local p = vim.deepcopy(params)
  if method == 'textDocument/hover' then p.position = { line = 0, character = 0 } end
  local responses = vim.lsp.buf_request_sync(buf, method, p, 10000)
  if responses == nil or responses[client_id] == nil then
    fail(method .. ' was not answered within 10 s')
  else
    local r = responses[client_id]
    say(method .. ': ' .. (r.err and ('error ' .. tostring(r.err.code)) or (type(r.result) == 'table' and ('a result (' .. #r.result .. ' items)') or 'a result')))
  end
end

-- 3. Type the missing Quốc hiệu and Tiêu ngữ at the top: the server gets incremental changes and
--    the quoc-hieu diagnostic goes away.
if expect == 'quoc-hieu' then
  vim.bo[buf].readonly = false -- headless with stdin closed, Neovim marks the file read-only
  vim.api.nvim_buf_set_lines(buf, 0, 0, false, { 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc' })
  local cleared = vim.wait(wait_ms, function()
    local now = vim.diagnostic.get(buf)
    return #now > 0 and not has_code(now, 'quoc-hieu')
  end, 50)
  if cleared then
    say('after typing the Quốc hiệu: ' .. table.concat(codes(vim.diagnostic.get(buf)), ', '))
  else
    fail('quoc-hieu still reported ' .. wait_ms .. ' ms after the Quốc hiệu was typed: ' .. table.concat(codes(vim.diagnostic.get(buf)), ', '))
  end
end

if client and client.stop then client.stop() end
vim.wait(5000, function() return exited end, 50)
finish()
