-- wrk script for scripts/load.sh: rotates GET /api/search over every query of the topics file, each as it
-- stands, sorted by date, as a second page, and with a type filter; counts answers that are not 2xx.
-- Environment: LOAD_TOPICS (qid<TAB>query per line), STUDYKB_AUTH (sent as the Authorization header when set).

local function encode(s)
  return (s:gsub("[^%w%-%._~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

local paths = {}
local topics = os.getenv("LOAD_TOPICS") or "scripts/eval/topics.tsv"
for line in io.lines(topics) do
  local query = line:match("^[^\t#][^\t]*\t(.+)$")
  if query then
    local q = "/api/search?q=" .. encode(query)
    paths[#paths + 1] = q
    paths[#paths + 1] = q .. "&sort=date"
    paths[#paths + 1] = q .. "&from=10&size=10"
    paths[#paths + 1] = q .. "&type=" .. encode("整改方案")
  end
end
if #paths == 0 then
  error("no queries in " .. topics)
end

local auth = os.getenv("STUDYKB_AUTH")
if auth ~= nil and auth ~= "" then
  wrk.headers["Authorization"] = auth
end

local threads = {}
local counter = 0
local errors = 0

function setup(thread)
  thread:set("offset", #threads * 7)
  table.insert(threads, thread)
end

function init(args)
  counter = offset or 0
end

function request()
  counter = counter + 1
  return wrk.format("GET", paths[(counter % #paths) + 1])
end

function response(status, headers, body)
  if status < 200 or status > 299 then
    errors = errors + 1
  end
end

function done(summary, latency, requests)
  local non2xx = 0
  for _, t in ipairs(threads) do
    non2xx = non2xx + (t:get("errors") or 0)
  end
  local e = summary.errors
  local socket = e.connect + e.read + e.write + e.timeout
  io.write(string.format("LOAD paths=%d requests=%d seconds=%.1f rps=%.1f p50_ms=%.1f p99_ms=%.1f max_ms=%.1f non2xx=%d socket_errors=%d\n",
    #paths, summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency.max / 1000, non2xx, socket))
end
