-- Opens a file in headless Neovim, attaches appyaml's language server with the built-in LSP
-- client (Neovim 0.7+), waits for its diagnostics and prints them, one per line:
--   LINE:COL SEVERITY CODE MESSAGE   (1-based line and column, as Neovim shows them)
-- Usage: APPYAML_LSP_CMD='java -jar target/appyaml.jar lsp' nvim --headless -u NONE -c 'luafile neovim-diagnostics.lua' FILE
-- LSP_WAIT_MS (default 60000) bounds the wait for the first publishDiagnostics; with
-- LSP_ALLOW_NONE=1 a server that publishes nothing in that time is not a failure.
-- LSP_SETTINGS_JSON names a JSON file of client settings (what an editor's settings.json holds),
-- answered to the server's workspace/configuration and sent as didChangeConfiguration.
local cmd = vim.split(os.getenv('APPYAML_LSP_CMD') or 'appyaml lsp', ' ', { trimempty = true })
local wait_ms = tonumber(os.getenv('LSP_WAIT_MS') or '60000')
local allow_none = os.getenv('LSP_ALLOW_NONE') == '1'
local buf = vim.api.nvim_get_current_buf()
local file = vim.api.nvim_buf_get_name(buf)
local severities = { 'error', 'warning', 'info', 'hint' }

-- Wait for the server's first publishDiagnostics, even an empty one (a clean file).
local published = false
local default_handler = vim.lsp.handlers['textDocument/publishDiagnostics']
vim.lsp.handlers['textDocument/publishDiagnostics'] = function(err, result, ctx, config)
  published = true
  return default_handler(err, result, ctx, config)
end

local settings = {}
local settings_file = os.getenv('LSP_SETTINGS_JSON')
if settings_file then
  settings = vim.fn.json_decode(table.concat(vim.fn.readfile(settings_file), '\n'))
end

local client = vim.lsp.start_client({
  name = 'appyaml',
  cmd = cmd,
  root_dir = vim.fn.fnamemodify(file, ':p:h'),
  settings = settings,
})
if not client then
  io.stderr:write('neovim: could not start ' .. table.concat(cmd, ' ') .. '\n')
  vim.cmd('cquit 2')
end
vim.lsp.buf_attach_client(buf, client)

local arrived = vim.wait(wait_ms, function() return published end, 50)
if not arrived and not allow_none then
  io.stderr:write('neovim: no diagnostics from ' .. cmd[1] .. ' within ' .. wait_ms .. ' ms\n')
  vim.cmd('cquit 1')
end
local diagnostics = vim.diagnostic.get(buf)
table.sort(diagnostics, function(a, b) return a.lnum < b.lnum or a.lnum == b.lnum and a.col < b.col end)
for _, d in ipairs(diagnostics) do
  io.stdout:write(string.format('%d:%d %s %s %s\n', d.lnum + 1, d.col + 1, severities[d.severity],
    tostring(d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code) or ''), d.message))
end
vim.lsp.stop_client(client)
vim.wait(2000, function() return vim.lsp.client_is_stopped(client) end, 50)
vim.cmd('qa!')
