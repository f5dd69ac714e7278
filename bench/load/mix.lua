-- wrk script for bench/load/run.sh: one wrk thread = one connection = one logged-in session (closed loop, no think time).
-- Each request is drawn from the session's role in MIX (page name, weight, URL template); placeholders are filled from
-- the session's line in $LOAD_SESSIONS. Every response is logged as "page<TAB>status<TAB>microseconds" to
-- $LOAD_OUT/thread-N.tsv; Report.java turns those into throughput and percentiles per page.
--
-- To add a page to the mix: add a row to the roles that may open it, e.g. {"ratings", 5, "/performance/ratings?opd={opd}"}.
-- Placeholders: {nip} {opd} {case} {term} {month} {year}. A page whose placeholder has no value for a session is skipped.
-- "ping" is the do-nothing baseline (GET /ping, 204) and "import" an upload timed to its acceptance (302 to the job).

MIX = {
  ADMIN = {
    {"landing", 2, "/"}, {"search", 4, "/employees?q={term}"}, {"employee", 6, "/employees/{nip}"},
    {"recap", 2, "/attendance?opd={opd}&month={month}"}, {"recommendations", 1, "/discipline/recommendations"},
    {"case", 2, "/discipline/cases/{case}"}, {"import", 1, "POST /imports"}, {"ping", 4, "/ping"},
    {"talent", 1, "/talent/2025"}, {"succession", 1, "/talent/succession?year=2025"},
    {"ipasn", 1, "/professionalism/{year}?opd={opd}"},
    {"rounds", 1, "/selection/rounds"}, {"skp", 1, "/performance/{year}"}, {"eligible", 1, "/selection/eligible"},
    {"skp-plans", 1, "/performance/{year}/plans"},
    {"honorary", 1, "/performance/honorary/{year}"},
    {"compliance", 1, "/performance/compliance/{year}"},
    {"calibration", 1, "/performance/calibration/{year}"},
    {"raters", 1, "/performance/calibration/{year}/raters"},
    {"dashboard", 1, "/dashboard/{year}"},
    {"gaps", 1, "/assessments/gaps?opd={opd}"}, {"moves", 1, "/talent/2025/moves?direction=UP"},
    {"unit-assessment", 1, "/unit-assessments/{year}"},
    {"track-records", 1, "/track-records"},
    {"rule-sets", 1, "/professionalism/rule-sets"}, {"jpm-rule-sets", 1, "/assessments/rule-sets"},
    {"talent-rule-sets", 1, "/talent/rule-sets"},
  },
  OFFICER = {
    {"landing", 1, "/"}, {"search", 6, "/employees?q={term}"}, {"employee", 8, "/employees/{nip}"},
    {"recap", 3, "/attendance?opd={opd}&month={month}"}, {"recommendations", 1, "/discipline/recommendations"},
    {"case", 3, "/discipline/cases/{case}"}, {"import", 1, "POST /imports"}, {"ping", 4, "/ping"},
    {"talent", 1, "/talent/2025"}, {"succession", 1, "/talent/succession?year=2025"},
    {"ipasn", 1, "/professionalism/{year}?opd={opd}"},
    {"rounds", 1, "/selection/rounds"}, {"eligible", 1, "/selection/eligible"},
    {"honorary", 1, "/performance/honorary/{year}"},
    {"compliance", 1, "/performance/compliance/{year}"},
    {"gaps", 1, "/assessments/gaps?opd={opd}"}, {"moves", 1, "/talent/2025/moves?direction=UP"},
    {"unit-assessment", 1, "/unit-assessments/{year}"},
    {"track-records", 1, "/track-records"},
    {"leave-form", 1, "/employees/{nip}/leave"},
    {"rule-sets", 1, "/professionalism/rule-sets"}, {"jpm-rule-sets", 1, "/assessments/rule-sets"},
    {"talent-rule-sets", 1, "/talent/rule-sets"},
  },
  OPD_HEAD = {
    {"landing", 2, "/"}, {"search", 4, "/employees?q={term}"}, {"employee", 6, "/employees/{nip}"},
    {"recap", 4, "/attendance?opd={opd}&month={month}"}, {"recommendations", 1, "/discipline/recommendations"},
    {"case", 1, "/discipline/cases/{case}"}, {"ping", 4, "/ping"},
    {"talent", 1, "/talent/2025"}, {"succession", 1, "/talent/succession?year=2025"},
    {"ipasn", 1, "/professionalism/{year}"}, {"skp", 3, "/performance/{year}"},
    {"skp-plans", 1, "/performance/{year}/plans"}, {"skp-plan", 1, "/performance/{year}/plans/{nip}"},
    {"honorary-staff", 1, "/performance/honorary/{year}/staff"},
    {"gaps", 1, "/assessments/gaps"}, {"moves", 1, "/talent/2025/moves?direction=UP"},
    {"unit-assessment", 1, "/unit-assessments/{year}"},
  },
  REGENT = {
    {"landing", 3, "/"}, {"search", 2, "/employees?q={term}"}, {"employee", 3, "/employees/{nip}"},
    {"recap", 2, "/attendance?opd={opd}&month={month}"}, {"recommendations", 2, "/discipline/recommendations"},
    {"case", 1, "/discipline/cases/{case}"}, {"ping", 4, "/ping"}, {"talent", 2, "/talent/2025"}, {"succession", 1, "/talent/succession?year=2025"},
    {"ipasn", 2, "/professionalism/{year}"}, {"rounds", 1, "/selection/rounds"}, {"decisions", 1, "/selection/decisions"},
    {"eligible", 1, "/selection/eligible"},
    {"honorary", 1, "/performance/honorary/{year}"},
    {"compliance", 2, "/performance/compliance/{year}"},
    {"calibration", 1, "/performance/calibration/{year}"},
    {"dashboard", 3, "/dashboard/{year}"},
    {"gaps", 1, "/assessments/gaps"}, {"moves", 1, "/talent/2025/moves?direction=UP"},
    {"unit-assessment", 2, "/unit-assessments/{year}"},
    {"track-records", 1, "/track-records"},
  },
  ASSESSOR = { {"landing", 3, "/"}, {"ping", 4, "/ping"}, {"track-records-assigned", 2, "/track-records/assigned"} },
  EMPLOYEE = { {"landing", 3, "/"}, {"employee", 3, "/employees/{nip}"}, {"ping", 4, "/ping"},
    {"skp-plan", 1, "/performance/{year}/plans/{nip}"} },
}

TERMS = {"siti", "budi", "rahma", "putri", "agus", "dewi", "hendra", "nur", "wati", "yanto", "sari", "eko"}
EXPECTED = {ping = 204, import = 302}

local threads = {}
local counter = 0

function setup(thread)
  counter = counter + 1
  thread:set("id", counter)
  table.insert(threads, thread)
end

-- split("a,,b", ",") is {"a", "", "b"}: empty fields keep their place; split("", ",") is {}
local function split(s, sep)
  local out = {}
  if s == nil or s == "" then return out end
  local from = 1
  while true do
    local at = string.find(s, sep, from, true)
    if at == nil then table.insert(out, string.sub(s, from)) return out end
    table.insert(out, string.sub(s, from, at - 1))
    from = at + 1
  end
end

local ffi = require("ffi")
ffi.cdef[[
  typedef struct { long tv_sec; long tv_nsec; } timespec;
  int clock_gettime(int clk_id, timespec *tp);
]]
local ts = ffi.new("timespec")
local function micros()
  ffi.C.clock_gettime(1, ts) -- CLOCK_MONOTONIC
  return tonumber(ts.tv_sec) * 1000000 + math.floor(tonumber(ts.tv_nsec) / 1000)
end

function init(args)
  local n = 0
  for line in io.lines(os.getenv("LOAD_SESSIONS")) do
    n = n + 1
    if n == id then
      local f = split(line, "\t")
      session = {role = f[1], cookie = f[2], csrf = f[3], opd = split(f[4], ","), nip = split(f[5], ","),
                 case = split(f[6], ",")}
    end
  end
  assert(session, "no session line for thread " .. id)
  month = os.getenv("LOAD_MONTH")
  importCsv = os.getenv("LOAD_IMPORT_CSV") or ""
  out = io.open(os.getenv("LOAD_OUT") .. "/thread-" .. id .. ".tsv", "w")
  out:setvbuf("full")
  rows = {}
  local total = 0
  local only = os.getenv("LOAD_ONLY") -- one page for every session (the solo runs that compare a page with ping)
  for _, row in ipairs(MIX[session.role]) do
    local ok = only == nil or only == "" or row[1] == only
    for key in string.gmatch(row[3], "{(%a+)}") do
      if (key == "nip" or key == "opd" or key == "case") and #session[key] == 0 then ok = false end
    end
    if ok then
      total = total + row[2]
      table.insert(rows, {name = row[1], upto = total, url = row[3]})
    end
  end
  weights = total
  assert(total > 0, "no page of the mix for session " .. id .. " (" .. session.role .. ")")
  math.randomseed(1000 + id)
end

local function pick(list) return list[math.random(#list)] end

local function fill(url)
  return (url:gsub("{(%a+)}", function(key)
    if key == "term" then return pick(TERMS) end
    if key == "month" then return month end
    if key == "year" then return string.sub(month, 1, 4) end -- the year of LOAD_MONTH (YYYY-MM)
    return pick(session[key])
  end))
end

local boundary = "----merit-load-boundary"

function request()
  local r = math.random(weights)
  for _, row in ipairs(rows) do
    if r <= row.upto then current = row break end
  end
  started = micros()
  local headers = {Cookie = "SESSION=" .. session.cookie}
  if current.name == "import" then
    headers["Content-Type"] = "multipart/form-data; boundary=" .. boundary
    local body = "--" .. boundary .. "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" .. session.csrf .. "\r\n"
        .. "--" .. boundary .. "\r\nContent-Disposition: form-data; name=\"kind\"\r\n\r\nholidays\r\n"
        .. "--" .. boundary .. "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"holidays.csv\"\r\n"
        .. "Content-Type: text/csv\r\n\r\n" .. importCsv .. "\r\n--" .. boundary .. "--\r\n"
    return wrk.format("POST", "/imports", headers, body)
  end
  return wrk.format("GET", fill(current.url), headers, nil)
end

function response(status, headers, body)
  out:write(current.name, "\t", status, "\t", micros() - started, "\t", EXPECTED[current.name] or 200, "\n")
end

function done(summary, latency, requests)
  -- flushed by the threads' buffers at exit; the report is computed by Report.java from the files
end
