-- Neovim (0.7+) as the client of `otp-lints server`, run headless by
-- tests/test_editor_nvim.py. An unsaved buffer with violations: collect
-- vim.diagnostic.get(), then choose a code action through Neovim's own
-- vim.lsp.buf.code_action() (the menu answered by a stand-in vim.ui.select),
-- which resolves and applies it, and collect the buffer and the diagnostics
-- again. Everything goes to the JSON file $OTP_OUT; Neovim always quits.
local out = {}

local function finish()
  local f = io.open(os.getenv("OTP_OUT"), "w")
  f:write(vim.fn.json_encode(out))
  f:close()
  vim.cmd("qa!")
end

local function collect(buf)
  local items = {}
  for _, d in ipairs(vim.diagnostic.get(buf)) do
    local lsp = (d.user_data or {}).lsp or {}
    table.insert(items, {
      lnum = d.lnum, col = d.col, end_lnum = d.end_lnum, end_col = d.end_col,
      severity = d.severity, message = d.message, source = d.source,
      code = lsp.code or d.code,
    })
  end
  table.sort(items, function(a, b) return a.lnum < b.lnum end)
  return items
end

local function run()
  local cmd = vim.fn.json_decode(os.getenv("OTP_CMD"))
  local root = os.getenv("OTP_ROOT")
  local path = os.getenv("OTP_FILE")
  local want = os.getenv("OTP_ACTION")
  local lines = vim.fn.readfile(os.getenv("OTP_SOURCE"))

  -- The buffer: named like a file of the project, never written.
  local buf = vim.api.nvim_create_buf(true, false)
  vim.api.nvim_buf_set_name(buf, path)
  vim.api.nvim_buf_set_lines(buf, 0, -1, false, lines)
  vim.api.nvim_win_set_buf(0, buf)
  vim.bo[buf].filetype = "python"
  out.modified = vim.bo[buf].modified
  out.exists_on_disk = vim.fn.filereadable(path) == 1

  local client_id = vim.lsp.start_client({
    name = "otp-lints", cmd = cmd, root_dir = root,
    init_options = { debounceMs = 50 },
  })
  if not client_id then
    out.error = "vim.lsp.start_client failed"
    return
  end
  vim.lsp.buf_attach_client(buf, client_id)

  local expected = tonumber(os.getenv("OTP_EXPECTED"))
  if not vim.wait(60000, function() return #vim.diagnostic.get(buf) >= expected end, 20) then
    out.error = "no diagnostics within 60 s"
    out.before = collect(buf)
    return
  end
  out.before = collect(buf)

  -- The code action: cursor on the diagnostic, Neovim's own menu and apply.
  local target
  for _, d in ipairs(out.before) do
    if d.code == os.getenv("OTP_CODE") then target = d end
  end
  vim.api.nvim_win_set_cursor(0, { target.lnum + 1, target.col })
  local offered = {}
  vim.ui.select = function(items, opts, on_choice)
    local chosen, index
    for i, item in ipairs(items) do
      local title = item[2].title
      table.insert(offered, title)
      if not chosen and title:find(want, 1, true) then chosen, index = item, i end
    end
    on_choice(chosen, index)
  end
  local before_tick = vim.api.nvim_buf_get_changedtick(buf)
  vim.lsp.buf.code_action()
  local changed = vim.wait(60000, function()
    return vim.api.nvim_buf_get_changedtick(buf) ~= before_tick
  end, 20)
  out.offered = offered
  if not changed then
    out.error = "the code action changed nothing within 60 s"
    return
  end
  -- The server re-lints the edited buffer: wait until the code is gone.
  vim.wait(60000, function()
    for _, d in ipairs(vim.diagnostic.get(buf)) do
      if ((d.user_data or {}).lsp or {}).code == os.getenv("OTP_CODE") then return false end
    end
    return true
  end, 20)
  out.after = collect(buf)
  out.text = vim.api.nvim_buf_get_lines(buf, 0, -1, false)
  out.exists_after = vim.fn.filereadable(path) == 1
  vim.lsp.stop_client(client_id)
end

local ok, err = pcall(run)
if not ok then out.error = tostring(err) end
finish()
