-- wrk script for assay-bench/server-bench.sh: each thread is one annotator (one connection each,
-- run wrk with -t N -c N). It asks for its next item, labels it, asks again: the save is the POST.
-- Counts every status per kind and prints them when wrk is done.
local threads = {}
local counter = 0

function setup(thread)
  counter = counter + 1
  thread:set("n", counter)
  table.insert(threads, thread)
end

labels = {"a", "b", "tie"}

function init(args)
  math.randomseed(n * 7919)
  project = args[1]
  local i = 0
  for line in io.lines(args[2]) do
    i = i + 1
    if i == n then token = line end
  end
  pending = nil
  nexts, saved, empty, conflict, other = 0, 0, 0, 0, 0
end

function request()
  local headers = {["Authorization"] = "Bearer " .. token, ["Content-Type"] = "application/json"}
  if pending then
    local item = pending
    pending = nil
    return wrk.format("POST", "/api/projects/" .. project .. "/items/" .. item .. "/annotations", headers,
      '{"label": "' .. labels[math.random(3)] .. '", "seconds": 1.5}')
  end
  return wrk.format("GET", "/api/projects/" .. project .. "/next", headers)
end

function response(status, headers, body)
  if status == 200 then
    nexts = nexts + 1
    pending = string.match(body, '"item":"([^"]+)"')
  elseif status == 201 then
    saved = saved + 1
  elseif status == 204 then
    empty = empty + 1
  elseif status == 409 then
    conflict = conflict + 1
  else
    other = other + 1
    last_other = status .. " " .. string.sub(body or "", 1, 300)
  end
end

function done(summary, latency, requests)
  local t = {nexts = 0, saved = 0, empty = 0, conflict = 0, other = 0}
  for _, thread in ipairs(threads) do
    for k, _ in pairs(t) do t[k] = t[k] + thread:get(k) end
    local o = thread:get("last_other")
    if o then io.write("other answer: " .. o .. "\n") end
  end
  io.write(string.format("statuses: next 200 %d, save 201 %d, next 204 %d, save 409 %d, other %d\n",
    t.nexts, t.saved, t.empty, t.conflict, t.other))
  io.write(string.format("latency (next and save alike): p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms\n",
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
end
