-- wrk script for bench/web_load.py: cycles through the paths listed in the file named by
-- the PATHS environment variable (each thread starts at a random offset), counts responses
-- served from the page cache (X-Cache: hit) and prints one JSON line when the run is over.
local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  paths = {}
  local file = assert(io.open(os.getenv("PATHS"), "r"))
  for line in file:lines() do
    if #line > 0 then paths[#paths + 1] = line end
  end
  file:close()
  math.randomseed(os.time() + #threads * 7919 + math.floor(os.clock() * 1e6))
  index = math.random(#paths) - 1
  hits = 0
end

function request()
  index = index % #paths + 1
  return wrk.format("GET", paths[index])
end

function response(status, headers, body)
  if headers["X-Cache"] == "hit" then hits = hits + 1 end
end

function done(summary, latency, requests)
  local cache_hits = 0
  for _, thread in ipairs(threads) do cache_hits = cache_hits + thread:get("hits") end
  local e = summary.errors
  io.write(string.format(
    '{"requests": %d, "duration_us": %d, "p50_us": %d, "p95_us": %d, "p99_us": %d, "max_us": %d, ' ..
    '"connect": %d, "read": %d, "write": %d, "timeout": %d, "status": %d, "cache_hits": %d}\n',
    summary.requests, summary.duration, latency:percentile(50), latency:percentile(95),
    latency:percentile(99), latency.max, e.connect, e.read, e.write, e.timeout, e.status, cache_hits))
end
